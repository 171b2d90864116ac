package cn.gonghui.membership.honour;

/**
 * 荣誉级别: the level of the body that confers the honour. "市级" in a report means {@link #PROVINCIAL} for Beijing
 * (北京市, 首都: a province-level city) and {@link #MUNICIPAL} for Hangzhou (a city in 浙江省): record the level of
 * the body, not the word the report uses.
 */
public enum HonourLevel {
    /** 全国 (中华全国总工会 / 国务院) */
    NATIONAL,
    /** 省级 (e.g. 北京市总工会, 浙江省总工会) */
    PROVINCIAL,
    /** 市级 (e.g. 杭州市总工会) */
    MUNICIPAL,
    /** 区级 (区总工会) */
    DISTRICT,
    /** 街道/镇级 (街道总工会) */
    STREET,
    /** 企业级 */
    ENTERPRISE
}
