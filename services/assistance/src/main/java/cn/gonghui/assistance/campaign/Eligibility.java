package cn.gonghui.assistance.campaign;

/** Who a campaign may help. */
public enum Eligibility {
    /** only a worker with an open hardship file 建档困难职工 */
    HARDSHIP_FILE,
    /** any active member 会员 */
    MEMBER,
    /** a member holding a model-worker honour 劳模, as membership's HonourConferred says */
    MODEL_WORKER,
    /** any worker, member or not (一线职工, 劳模, 外来务工人员) */
    ANY_WORKER
}
