-- Event ids a consumer has applied, recorded in the same transaction as the effect.
CREATE TABLE inbox_event (
    consumer     TEXT        NOT NULL,
    event_id     TEXT        NOT NULL,
    processed_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);
