-- 劳模: members holding a model-worker honour, kept from membership's HonourConferred / HonourRevoked, for
-- care visits and for campaigns only model workers may receive (劳模慰问).
CREATE TABLE model_worker (
    honour_id     BIGINT      PRIMARY KEY,
    member_id     BIGINT      NOT NULL,
    union_id      BIGINT      NOT NULL,
    kind          TEXT        NOT NULL,
    level         TEXT        NOT NULL,
    year          INT         NOT NULL,
    conferred_on  DATE,
    revoked_on    DATE
);
CREATE INDEX model_worker_member ON model_worker (member_id) WHERE revoked_on IS NULL;
CREATE INDEX model_worker_union ON model_worker (union_id, honour_id);

ALTER TABLE campaign DROP CONSTRAINT campaign_eligibility_check;
ALTER TABLE campaign ADD CONSTRAINT campaign_eligibility_check CHECK (eligibility IN ('HARDSHIP_FILE', 'MEMBER', 'MODEL_WORKER', 'ANY_WORKER'));
