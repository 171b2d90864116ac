-- The organisation replica: what a service keeps of membership's union tree, enterprises and members,
-- written only by OrgReplicaConsumer from membership.events. Ids are membership's.

-- 工会组织. path is derived here from the parent's replica path, never taken from an event.
CREATE TABLE replica_union (
    id           BIGINT PRIMARY KEY,
    parent_id    BIGINT,
    path         TEXT NOT NULL,
    name         TEXT NOT NULL,
    kind         TEXT NOT NULL,
    status       TEXT NOT NULL CHECK (status IN ('ACTIVE', 'DISSOLVED')),
    founded_on   DATE,
    dissolved_on DATE
);
CREATE INDEX replica_union_path ON replica_union (path text_pattern_ops);

-- 企业. union_id may name a union the replica does not know yet.
CREATE TABLE replica_enterprise (
    id            BIGINT PRIMARY KEY,
    credit_code   TEXT    NOT NULL,
    name          TEXT    NOT NULL,
    district_code TEXT,
    headcount     INT,
    ownership     TEXT,
    union_id      BIGINT  NOT NULL,
    covered       BOOLEAN NOT NULL
);
CREATE UNIQUE INDEX replica_enterprise_credit_code ON replica_enterprise (credit_code);
CREATE INDEX replica_enterprise_union ON replica_enterprise (union_id);

-- 会员: facts only, no name, ID number or phone. joined_on is null when the replica never saw MemberJoined.
CREATE TABLE replica_member (
    id            BIGINT PRIMARY KEY,
    union_id      BIGINT  NOT NULL,
    enterprise_id BIGINT,
    status        TEXT    NOT NULL CHECK (status IN ('ACTIVE', 'LEFT')),
    retired       BOOLEAN NOT NULL DEFAULT false,
    retired_on    DATE,
    joined_on     DATE,
    left_on       DATE,
    gender        TEXT CHECK (gender IN ('MALE', 'FEMALE')),
    birth_year    INT
);
CREATE INDEX replica_member_union ON replica_member (union_id);

-- Union events that refer to a union the replica does not know yet, re-applied in seq order once it changes.
CREATE TABLE replica_parked_event (
    seq                  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    waiting_for_union_id BIGINT      NOT NULL,
    union_id             BIGINT      NOT NULL,
    event_id             TEXT        NOT NULL UNIQUE,
    type                 TEXT        NOT NULL,
    envelope             JSONB       NOT NULL,
    parked_at            TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX replica_parked_event_waiting ON replica_parked_event (waiting_for_union_id, seq);
CREATE INDEX replica_parked_event_union ON replica_parked_event (union_id, seq);
