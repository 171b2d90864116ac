package cn.gonghui.membership.honour;

/** Where an honour stands: 推荐/申报 → 授予 or 未获授予; a conferred honour may be 撤销. */
public enum HonourStatus {
    /** 推荐/申报: nominated, not yet decided; not an award */
    NOMINATED,
    /** 授予: conferred */
    CONFERRED,
    /** 未获授予: the nomination did not succeed */
    NOT_CONFERRED,
    /** 撤销: conferred, then revoked */
    REVOKED
}
