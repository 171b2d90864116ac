package cn.gonghui.membership.honour;

/** 荣誉级别: the federation that confers the honour. */
public enum HonourLevel {
    /** 全国 (中华全国总工会 / 国务院) */
    NATIONAL,
    /** 省级 (e.g. 北京市总工会, 浙江省总工会) */
    PROVINCIAL,
    /** 市级 */
    MUNICIPAL,
    /** 区级 (区总工会) */
    DISTRICT
}
