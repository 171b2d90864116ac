package cn.gonghui.membership.honour;

/** Who holds an honour. */
public enum RecipientType {
    /** 个人: a member */
    MEMBER,
    /** 集体: a team or work group (班组、车间), known by its name */
    TEAM,
    /** 单位: an enterprise */
    ENTERPRISE
}
