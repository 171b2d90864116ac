package cn.gonghui.mediation.dispute;

import java.util.Set;

/** 请求事项类别. */
public enum ClaimCategory {
    /** 拖欠劳动报酬 */
    UNPAID_WAGES,
    /** 加班费 */
    OVERTIME,
    /** 社会保险 */
    SOCIAL_INSURANCE,
    /** 解除/终止劳动合同经济补偿、赔偿金 */
    TERMINATION_COMPENSATION,
    /** 工伤 (医疗费、待遇) */
    WORK_INJURY,
    OTHER;

    /**
     * 支付令 (劳动争议调解仲裁法 Art 16): an agreement on unpaid wages, work-injury medical costs, or economic
     * compensation and damages that the employer does not honour on time lets the worker ask a court for a
     * payment order.
     */
    public static final Set<ClaimCategory> PAYMENT_ORDER = Set.of(UNPAID_WAGES, WORK_INJURY, TERMINATION_COMPENSATION);
}
