package cn.gonghui.membership.servicepoint;

/** Whose premises a service point is in (依托单位). */
public enum ServicePointHost {
    /** the union's own premises */
    UNION,
    /** an enterprise (企业依托) */
    ENTERPRISE,
    /** a residents' committee (社区居委会) */
    RESIDENTS_COMMITTEE,
    /** a shop or business (商户, 银行网点 …) */
    SHOP
}
