package cn.gonghui.assistance.fund;

/**
 * The ledger's accounts. FUND is a fund's own money; the others are where it comes from or goes to,
 * each kept per fund: 捐款方 (donors), 工会经费拨入 (union budget), 应付帮扶款 (grants approved, not yet
 * paid), 已发放帮扶款 (grants paid) and 下拨单位 (allocations to unions and enterprises).
 */
public enum Account {
    FUND,
    DONORS,
    UNION_BUDGET,
    GRANTS_PAYABLE,
    GRANTS_PAID,
    UNIT_ALLOCATIONS
}
