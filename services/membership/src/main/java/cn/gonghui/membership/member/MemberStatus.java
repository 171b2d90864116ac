package cn.gonghui.membership.member;

public enum MemberStatus {
    /** 入会申请待审批 */
    PENDING,
    /** 会员 (retirees stay ACTIVE with retired = true) */
    ACTIVE,
    /** 申请未通过 */
    REJECTED,
    /** 退会 */
    LEFT
}
