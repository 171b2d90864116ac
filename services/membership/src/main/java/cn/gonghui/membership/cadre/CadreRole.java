package cn.gonghui.membership.cadre;

/** 工会干部与工作者的职务. */
public enum CadreRole {
    /** 主席 */
    CHAIR,
    /** 副主席 */
    VICE_CHAIR,
    /** 委员 */
    COMMITTEE_MEMBER,
    /** 工会干部 on the federation's staff (部长, 干事 …) */
    OFFICER,
    /** 工会工作者 (社会化工会工作者, 招聘的专职工作者) */
    WORKER
}
