package cn.gonghui.assistance.visit;

/** Whom a condolence visit 走访慰问 went to. */
public enum VisitTarget {
    /** a hardship household (困难职工家庭) */
    HOUSEHOLD,
    /** an enterprise (走访企业) */
    ENTERPRISE,
    /** a model worker 劳模 */
    MODEL_WORKER,
    /** frontline workers at their post (一线职工) */
    FRONTLINE
}
