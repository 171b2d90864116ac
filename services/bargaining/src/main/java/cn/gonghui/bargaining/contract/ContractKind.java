package cn.gonghui.bargaining.contract;

/** What a contract is about. */
public enum ContractKind {
    /** 综合性集体合同 comprehensive collective contract */
    COMPREHENSIVE,
    /** 工资专项集体合同 / 工资集体协商协议 special wage agreement */
    WAGE,
    /** 女职工权益保护专项集体合同 women workers' special contract */
    WOMEN_WORKERS
}
