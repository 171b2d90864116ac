-- Issue 7: honours as the reports count them. A record starts as a nomination (推荐/申报) or as a conferred honour;
-- a nomination is decided (CONFERRED / NOT_CONFERRED), a conferred honour may be revoked, each with its date.
-- Recipients may also be a union (模范职工之家, 模范集体), a service point (心灵驿站) or a person who is not a member
-- (known by name only); an honour may carry reward money (fen), the conferring body and a programme (双爱双评 …).
ALTER TABLE honour ADD COLUMN status TEXT NOT NULL DEFAULT 'CONFERRED'
    CONSTRAINT honour_status CHECK (status IN ('NOMINATED', 'CONFERRED', 'NOT_CONFERRED', 'REVOKED'));
ALTER TABLE honour ADD COLUMN nominated_on DATE;
ALTER TABLE honour ADD COLUMN not_conferred_on DATE;
ALTER TABLE honour ADD COLUMN revoked_on DATE;
ALTER TABLE honour ADD COLUMN revoke_reason TEXT;
ALTER TABLE honour ADD COLUMN recipient_union_id BIGINT REFERENCES union_unit (id);
ALTER TABLE honour ADD COLUMN service_point_id BIGINT REFERENCES service_point (id);
ALTER TABLE honour ADD COLUMN person_name TEXT;
ALTER TABLE honour ADD COLUMN reward_fen BIGINT CHECK (reward_fen >= 0);
ALTER TABLE honour ADD COLUMN conferred_by TEXT;
ALTER TABLE honour ADD COLUMN programme TEXT;

ALTER TABLE honour DROP CONSTRAINT honour_recipient;
ALTER TABLE honour ADD CONSTRAINT honour_recipient CHECK (
    (recipient_type = 'MEMBER' AND member_id IS NOT NULL AND enterprise_id IS NULL AND team_name IS NULL
        AND recipient_union_id IS NULL AND service_point_id IS NULL AND person_name IS NULL)
    OR (recipient_type = 'ENTERPRISE' AND enterprise_id IS NOT NULL AND member_id IS NULL AND team_name IS NULL
        AND recipient_union_id IS NULL AND service_point_id IS NULL AND person_name IS NULL)
    OR (recipient_type = 'TEAM' AND team_name IS NOT NULL AND member_id IS NULL
        AND recipient_union_id IS NULL AND service_point_id IS NULL AND person_name IS NULL)
    OR (recipient_type = 'UNION' AND recipient_union_id IS NOT NULL AND member_id IS NULL AND enterprise_id IS NULL
        AND team_name IS NULL AND service_point_id IS NULL AND person_name IS NULL)
    OR (recipient_type = 'SERVICE_POINT' AND service_point_id IS NOT NULL AND member_id IS NULL AND enterprise_id IS NULL
        AND team_name IS NULL AND recipient_union_id IS NULL AND person_name IS NULL)
    OR (recipient_type = 'PERSON' AND person_name IS NOT NULL AND member_id IS NULL AND team_name IS NULL
        AND recipient_union_id IS NULL AND service_point_id IS NULL));
ALTER TABLE honour ADD CONSTRAINT honour_status_dates CHECK (
    (status = 'NOT_CONFERRED') = (not_conferred_on IS NOT NULL) AND (status = 'REVOKED') = (revoked_on IS NOT NULL));

ALTER TABLE honour DROP CONSTRAINT honour_kind;
ALTER TABLE honour ADD CONSTRAINT honour_kind CHECK (kind IN ('MODEL_WORKER', 'ADVANCED_WORKER', 'WORKER_PIONEER',
    'MAY_DAY_MEDAL', 'MAY_DAY_AWARD', 'INNOVATION_STUDIO', 'MODEL_WORKER_STUDIO', 'MODEL_COLLECTIVE', 'MARCH_8_MEDAL',
    'MARCH_8_COLLECTIVE', 'MODEL_WORKERS_HOME', 'DEMONSTRATION_WORKERS_HOME', 'ADVANCED_WORKERS_HOME', 'HARMONY_MODEL',
    'STANDARD_BEARER', 'CRAFTSMAN', 'COMMENDATION'));
ALTER TABLE honour DROP CONSTRAINT honour_level;
ALTER TABLE honour ADD CONSTRAINT honour_level CHECK (level IN ('NATIONAL', 'PROVINCIAL', 'MUNICIPAL', 'DISTRICT', 'STREET',
    'ENTERPRISE'));
ALTER TABLE honour DROP CONSTRAINT honour_recipient_type;
ALTER TABLE honour ADD CONSTRAINT honour_recipient_type CHECK (recipient_type IN ('MEMBER', 'TEAM', 'ENTERPRISE', 'UNION',
    'SERVICE_POINT', 'PERSON'));

-- the same honour (kind, level, year) goes to the same recipient once; a commendation once per programme
DROP INDEX honour_once_member;
DROP INDEX honour_once_enterprise;
DROP INDEX honour_once_team;
CREATE UNIQUE INDEX honour_once_member ON honour (kind, level, year, coalesce(programme, ''), member_id) WHERE recipient_type = 'MEMBER';
CREATE UNIQUE INDEX honour_once_enterprise ON honour (kind, level, year, coalesce(programme, ''), enterprise_id) WHERE recipient_type = 'ENTERPRISE';
CREATE UNIQUE INDEX honour_once_team ON honour (kind, level, year, coalesce(programme, ''), union_id, team_name) WHERE recipient_type = 'TEAM';
CREATE UNIQUE INDEX honour_once_union ON honour (kind, level, year, coalesce(programme, ''), recipient_union_id) WHERE recipient_type = 'UNION';
CREATE UNIQUE INDEX honour_once_point ON honour (kind, level, year, coalesce(programme, ''), service_point_id) WHERE recipient_type = 'SERVICE_POINT';
CREATE UNIQUE INDEX honour_once_person ON honour (kind, level, year, coalesce(programme, ''), union_id, person_name) WHERE recipient_type = 'PERSON';
