package cn.gonghui.bargaining.contract;

/** Whom a contract binds (劳动合同法 Art 53). */
public enum ContractScope {
    /** 单独签订: one enterprise and its union */
    SINGLE,
    /** 区域性: the enterprises of a town, street or park, signed by its federation */
    REGIONAL,
    /** 行业性: the enterprises of one industry in an area */
    INDUSTRY
}
