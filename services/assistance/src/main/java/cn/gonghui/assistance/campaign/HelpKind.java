package cn.gonghui.assistance.campaign;

/** Money from a fund, or goods and services valued in fen (慰问品, 两癌筛查). */
public enum HelpKind {
    CASH,
    IN_KIND
}
