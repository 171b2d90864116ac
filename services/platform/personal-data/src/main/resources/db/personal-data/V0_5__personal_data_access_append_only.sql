-- The unmask audit is append-only (review S17): the service's role can add rows and read them, and a
-- trigger refuses every UPDATE, DELETE and TRUNCATE, whoever runs it. Removing the trigger needs DDL,
-- which production gives only to the migration role (docs/security.md). Denied attempts are recorded too.
ALTER TABLE personal_data_access ADD COLUMN outcome TEXT NOT NULL DEFAULT 'GRANTED' CHECK (outcome IN ('GRANTED', 'DENIED'));
ALTER TABLE personal_data_access ADD COLUMN actor_union_id BIGINT;
CREATE INDEX personal_data_access_actor ON personal_data_access (actor, accessed_at);

CREATE FUNCTION personal_data_access_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'personal_data_access is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER personal_data_access_no_change BEFORE UPDATE OR DELETE ON personal_data_access
    FOR EACH ROW EXECUTE FUNCTION personal_data_access_is_append_only();
CREATE TRIGGER personal_data_access_no_truncate BEFORE TRUNCATE ON personal_data_access
    FOR EACH STATEMENT EXECUTE FUNCTION personal_data_access_is_append_only();
