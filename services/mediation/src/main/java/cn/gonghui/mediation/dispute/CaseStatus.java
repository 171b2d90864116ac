package cn.gonghui.mediation.dispute;

import java.util.Set;

/** Where a case stands (docs/mediation.md has the diagram). */
public enum CaseStatus {
    /** 受理: received, no mediator yet */
    ACCEPTED,
    /** 调解中: a mediator holds it */
    IN_MEDIATION,
    /** 协议待签: the agreement's terms are written, not every party has signed */
    AGREEMENT_DRAFTED,
    /** 调解成功: the agreement is binding (both parties and the mediator signed); payments are awaited */
    MEDIATED,
    /** 履行完毕: everything agreed has been paid */
    CLOSED,
    /** 调解不成 or 超期: referred to labour arbitration 仲裁衔接 */
    REFERRED,
    /** 撤回 */
    WITHDRAWN;

    /** Still within mediation: the 15-day deadline applies. */
    public static final Set<CaseStatus> OPEN = Set.of(ACCEPTED, IN_MEDIATION, AGREEMENT_DRAFTED);
}
