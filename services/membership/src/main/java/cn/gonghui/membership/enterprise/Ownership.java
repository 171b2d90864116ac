package cn.gonghui.membership.enterprise;

/** 所有制 */
public enum Ownership {
    /** 国有 */
    STATE,
    /** 集体 */
    COLLECTIVE,
    /** 非公有制 (private, foreign and mixed) */
    NON_PUBLIC
}
