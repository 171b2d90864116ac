-- Every unmasked read of personal data (who, what, why, when). Rows are never updated or deleted by the service.
CREATE TABLE personal_data_access (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    actor        TEXT        NOT NULL,
    actor_roles  TEXT        NOT NULL,
    subject_type TEXT        NOT NULL,
    subject_id   TEXT        NOT NULL,
    fields       TEXT        NOT NULL,
    reason       TEXT        NOT NULL,
    accessed_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX personal_data_access_subject ON personal_data_access (subject_type, subject_id);
