-- Issue 7: 小三级. A 联合工会小组 sits under a 社区 (or 行业) 联合工会, and a 社区联合工会 may hold enterprise unions
-- (UnionKind.mayHaveParent); the kinds the table accepts grow by one.
ALTER TABLE union_unit DROP CONSTRAINT union_unit_kind;
ALTER TABLE union_unit ADD CONSTRAINT union_unit_kind CHECK (kind IN ('DISTRICT_FEDERATION', 'STREET_TOWN_FEDERATION',
    'INDUSTRIAL_PARK_FEDERATION', 'ENTERPRISE_UNION', 'COMMUNITY_JOINT_UNION', 'INDUSTRY_JOINT_UNION', 'BUILDING_UNION',
    'ONE_STREET_UNION', 'PROJECT_UNION', 'JOINT_UNION_GROUP'));
