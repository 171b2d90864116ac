package cn.gonghui.assistance.hardship;

/** 致困原因. */
public enum HardshipCause {
    /** 因病 */
    ILLNESS,
    /** 因学 */
    SCHOOLING,
    /** 因灾 */
    DISASTER,
    /** 单亲 */
    SINGLE_PARENT,
    /** 因残 */
    DISABILITY,
    /** 失业 */
    UNEMPLOYMENT,
    /** 工伤 */
    WORK_INJURY,
    /** 其他 */
    OTHER
}
