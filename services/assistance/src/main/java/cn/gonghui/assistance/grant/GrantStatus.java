package cn.gonghui.assistance.grant;

/**
 * SUBMITTED (申请) → VERIFIED (核查) → APPROVED (审批, then on public notice 公示) → DISBURSED (发放).
 * REJECTED and WITHDRAWN end an application before approval; CANCELLED ends an approved grant whose
 * objection was upheld. Only DISBURSED and the live states hold the person's one grant per campaign.
 */
public enum GrantStatus {
    SUBMITTED,
    VERIFIED,
    APPROVED,
    DISBURSED,
    REJECTED,
    WITHDRAWN,
    CANCELLED
}
