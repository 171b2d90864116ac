package cn.gonghui.membership.union;

public enum UnionStatus {
    ACTIVE,
    /** 撤销 */
    DISSOLVED
}
