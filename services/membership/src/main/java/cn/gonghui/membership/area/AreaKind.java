package cn.gonghui.membership.area;

/** 区域类型: the places the reports measure union coverage over (园区、社区、重点商务楼宇 全覆盖). */
public enum AreaKind {
    /** 园区 */
    PARK,
    /** 社区 */
    COMMUNITY,
    /** 重点商务楼宇 */
    KEY_BUILDING,
    /** 自然片: a cluster of small businesses organised together */
    NATURAL_BLOCK
}
