package cn.gonghui.mediation.dispute;

/** How the application reached the centre. */
public enum Channel {
    /** 来访 */
    WALK_IN,
    /** 12351 职工服务热线 */
    HOTLINE_12351,
    /** 小程序 / app: applied from the member's phone */
    MINI_PROGRAM,
    /** 镇街工会转来 */
    TOWN_UNION_REFERRAL,
    /** 仲裁院委托 (诉前/裁前调解) */
    ARBITRATION_COURT_REFERRAL
}
