-- Idempotency-Key claims and the first response given for each (kept 24 h).
CREATE TABLE idempotency_key (
    owner        TEXT        NOT NULL,
    key          TEXT        NOT NULL,
    request_hash TEXT        NOT NULL,
    status       INT,
    body         TEXT,
    location     TEXT,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (owner, key)
);
CREATE INDEX idempotency_key_created_at ON idempotency_key (created_at);
