package cn.gonghui.assistance.grant;

/** Who a grant went to, as the reports group them (慰问一线职工、困难职工及劳模). */
public enum RecipientCategory {
    /** 困难职工 */
    HARDSHIP,
    /** 一线职工 */
    FRONTLINE,
    /** 劳模 */
    MODEL_WORKER,
    /** 学子 (金秋助学) */
    STUDENT,
    OTHER
}
