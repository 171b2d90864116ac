package cn.gonghui.membership.servicepoint;

/** A check of a service point. */
public enum InspectionKind {
    /** 验收: when a point is built */
    ACCEPTANCE,
    /** 年检: the yearly inspection */
    ANNUAL,
    /** 规范化建设检查 */
    STANDARDISATION
}
