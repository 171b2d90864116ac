package cn.gonghui.assistance.fund;

/** Why money moved. */
public enum PostingKind {
    /** 捐款 */
    DONATION,
    /** 拨入 */
    INCOME,
    /** 划转 between funds */
    TRANSFER,
    /** 审批: the fund commits the grant's amount */
    GRANT_APPROVED,
    /** an approved grant withdrawn after an upheld objection: the commitment comes back */
    GRANT_CANCELLED,
    /** 发放 */
    GRANT_DISBURSED,
    /** 下拨 to a union or an enterprise */
    UNIT_ALLOCATION
}
