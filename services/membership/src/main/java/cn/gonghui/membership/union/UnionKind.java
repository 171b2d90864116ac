package cn.gonghui.membership.union;

/** 工会类型. Federations hold other unions; grassroots unions hold members and cover enterprises. */
public enum UnionKind {
    /** 区总工会 */
    DISTRICT_FEDERATION,
    /** 街道/镇总工会 */
    STREET_TOWN_FEDERATION,
    /** 产业园区/基地总工会, e.g. 生物医药基地总工会 */
    INDUSTRIAL_PARK_FEDERATION,
    /** 企业工会 */
    ENTERPRISE_UNION,
    /** 社区联合工会 */
    COMMUNITY_JOINT_UNION,
    /** 行业联合工会 */
    INDUSTRY_JOINT_UNION,
    /** 楼宇工会 */
    BUILDING_UNION,
    /** 一条街工会 */
    ONE_STREET_UNION,
    /** 项目工会 */
    PROJECT_UNION,
    /** 联合工会小组: a group of small enterprises' workers under a 社区 (or 行业) 联合工会 */
    JOINT_UNION_GROUP;

    public boolean isFederation() {
        return this == DISTRICT_FEDERATION || this == STREET_TOWN_FEDERATION || this == INDUSTRIAL_PARK_FEDERATION;
    }

    /**
     * Whether a union of this kind may sit directly under a parent of the given kind (null: the root). Grassroots
     * unions sit under a federation, with two exceptions from the 小三级 network: a 社区联合工会 may hold enterprise
     * unions, and a 联合工会小组 sits only under a 社区 or 行业联合工会.
     */
    public boolean mayHaveParent(UnionKind parent) {
        if (this == DISTRICT_FEDERATION) {
            return parent == null;
        }
        if (this == STREET_TOWN_FEDERATION || this == INDUSTRIAL_PARK_FEDERATION) {
            return parent == DISTRICT_FEDERATION;
        }
        if (this == JOINT_UNION_GROUP) {
            return parent == COMMUNITY_JOINT_UNION || parent == INDUSTRY_JOINT_UNION;
        }
        if (this == ENTERPRISE_UNION && parent == COMMUNITY_JOINT_UNION) {
            return true;
        }
        return parent != null && parent.isFederation();
    }
}
