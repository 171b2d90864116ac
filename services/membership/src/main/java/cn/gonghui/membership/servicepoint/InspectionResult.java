package cn.gonghui.membership.servicepoint;

/** 合格 / 不合格 */
public enum InspectionResult {
    PASSED,
    FAILED
}
