package cn.gonghui.assistance.fund;

/** 温暖基金, a special fund (e.g. 疫情防控专项基金), or a fund a donor restricted to one use (e.g. 阿里巴巴助医). */
public enum FundKind {
    WARM,
    SPECIAL,
    DONOR_RESTRICTED
}
