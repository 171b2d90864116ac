package cn.gonghui.mediation.centre;

/** 调解组织的类别. */
public enum CentreKind {
    /** 区劳动争议调解中心 */
    DISTRICT_CENTRE,
    /** 镇/街道工会调解中心 */
    TOWN_CENTRE,
    /** 仲裁院工会调解室: the union's desk at the labour arbitration court */
    ARBITRATION_COURT_DESK
}
