package cn.gonghui.membership.union;

/** What changed about a union. */
public enum UnionChangeKind {
    /** 更名 */
    RENAME,
    /** 工会法人变更: its credit code or legal representative */
    LEGAL_PERSON
}
