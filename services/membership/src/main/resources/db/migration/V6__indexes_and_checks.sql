-- Review S20: indexes the scoped lists and stats need, and CHECK constraints that keep enum-like columns,
-- paths and transfers to the values the code writes. MembershipSchemaTest checks each against the Java enums.

-- GET /transfers (incoming / outgoing) and the transfer figures page through these per subtree
CREATE INDEX member_transfer_to ON member_transfer (to_union_id, id);
CREATE INDEX member_transfer_from ON member_transfer (from_union_id, id);
-- the exact-ID search (POST /members/search) finds every record of a person, whatever its status
CREATE INDEX member_id_number_hash ON member (id_number_hash);
-- a foreign key without an index makes every enterprise change scan member
CREATE INDEX member_enterprise ON member (enterprise_id) WHERE enterprise_id IS NOT NULL;
-- the figures place a member by their accepted transfers (where they joined, where they were on a date)
CREATE INDEX member_transfer_member ON member_transfer (member_id, decided_at) WHERE status = 'ACCEPTED';
-- the enterprise list of a subtree is ordered by id
DROP INDEX enterprise_union;
CREATE INDEX enterprise_union ON enterprise (union_id, id);

ALTER TABLE union_unit ADD CONSTRAINT union_unit_kind CHECK (kind IN ('DISTRICT_FEDERATION', 'STREET_TOWN_FEDERATION',
    'INDUSTRIAL_PARK_FEDERATION', 'ENTERPRISE_UNION', 'COMMUNITY_JOINT_UNION', 'INDUSTRY_JOINT_UNION', 'BUILDING_UNION',
    'ONE_STREET_UNION', 'PROJECT_UNION'));
ALTER TABLE union_unit ADD CONSTRAINT union_unit_status CHECK (status IN ('ACTIVE', 'DISSOLVED'));
-- a path is the ancestry, root first, ending in the union itself: /1/4/9/ (it is then unique, as ids are)
ALTER TABLE union_unit ADD CONSTRAINT union_unit_path CHECK (path ~ '^(/[0-9]+)+/$' AND path LIKE '%/' || id || '/');
ALTER TABLE union_unit ADD CONSTRAINT union_unit_root CHECK ((parent_id IS NULL) = (kind = 'DISTRICT_FEDERATION'));

ALTER TABLE enterprise ADD CONSTRAINT enterprise_ownership CHECK (ownership IN ('STATE', 'COLLECTIVE', 'NON_PUBLIC'));

ALTER TABLE member ADD CONSTRAINT member_status CHECK (status IN ('PENDING', 'ACTIVE', 'REJECTED', 'LEFT'));

ALTER TABLE member_transfer ADD CONSTRAINT member_transfer_status CHECK (status IN ('RELEASED', 'ACCEPTED', 'CANCELLED'));
ALTER TABLE member_transfer ADD CONSTRAINT member_transfer_elsewhere CHECK (from_union_id <> to_union_id);

ALTER TABLE honour ADD CONSTRAINT honour_kind CHECK (kind IN ('MODEL_WORKER', 'WORKER_PIONEER', 'MAY_DAY_MEDAL',
    'MAY_DAY_AWARD', 'INNOVATION_STUDIO'));
ALTER TABLE honour ADD CONSTRAINT honour_level CHECK (level IN ('NATIONAL', 'PROVINCIAL', 'MUNICIPAL', 'DISTRICT'));
ALTER TABLE honour ADD CONSTRAINT honour_recipient_type CHECK (recipient_type IN ('MEMBER', 'TEAM', 'ENTERPRISE'));

ALTER TABLE service_point ADD CONSTRAINT service_point_kind CHECK (kind IN ('WORKERS_HOME', 'WARM_STATION', 'HEART_STATION',
    'MOTHER_BABY_ROOM', 'SERVICE_STATION'));

ALTER TABLE member_import ADD CONSTRAINT member_import_format CHECK (format IN ('CSV', 'XLSX'));
