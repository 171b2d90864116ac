package cn.gonghui.assistance.campaign;

/** The programmes the reports count grants under. */
public enum CampaignKind {
    /** 送温暖 (节日慰问, 两节) */
    WINTER_WARMTH,
    /** 两节过节费 for hardship workers */
    FESTIVAL_ALLOWANCE,
    /** 金秋助学 and other school aid */
    SCHOOL_AID,
    /** 夏送清凉 */
    SUMMER_RELIEF,
    /** 急救救助 for sudden illness */
    EMERGENCY_MEDICAL,
    /** 特殊疾病救助 (e.g. 透析) */
    SPECIAL_ILLNESS,
    /** 意外伤害补助 */
    ACCIDENT,
    /** 职工医疗互助 */
    MEDICAL_MUTUAL_AID,
    /** 劳模慰问 */
    MODEL_WORKER_CARE,
    /** 职业发展助推资金 (certificate holders; no hardship needed) */
    CAREER_BOOST,
    /** 两癌筛查 and other health screenings, in kind */
    SCREENING,
    /** 微心愿 */
    MICRO_WISH,
    /** 小额贷款 */
    MICROLOAN,
    OTHER
}
