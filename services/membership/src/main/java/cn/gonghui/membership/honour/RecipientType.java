package cn.gonghui.membership.honour;

/** Who holds an honour. */
public enum RecipientType {
    /** 个人: a member */
    MEMBER,
    /** 集体: a team or work group (班组、车间), known by its name */
    TEAM,
    /** 单位: an enterprise */
    ENTERPRISE,
    /** a union (模范职工之家, 模范集体) */
    UNION,
    /** a service point (a 心灵驿站 given 助推资金, a 职工之家) */
    SERVICE_POINT,
    /** 个人 who is not a member (or not recorded as one), known by name only */
    PERSON
}
