package cn.gonghui.membership.servicepoint;

/** What money paid to a service point is for. */
public enum FundingPurpose {
    /** 建设经费 */
    CONSTRUCTION,
    /** 设施/设备投入 */
    EQUIPMENT,
    /** 运行经费 */
    OPERATION,
    /** 补助 (e.g. 重点培育 每家补助) */
    SUBSIDY
}
