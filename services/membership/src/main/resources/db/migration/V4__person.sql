-- 人员: one row per distinct ID number that membership has seen or been asked about, members or not.
-- Its id is the opaque personId other services keep instead of an ID number (docs/security.md,
-- "One person across services").
CREATE TABLE person (
    id             UUID        PRIMARY KEY DEFAULT gen_random_uuid(),
    id_number_hash TEXT        NOT NULL UNIQUE,
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);
INSERT INTO person (id_number_hash) SELECT DISTINCT id_number_hash FROM member;
