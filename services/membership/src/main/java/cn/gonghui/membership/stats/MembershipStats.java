package cn.gonghui.membership.stats;

import java.time.LocalDate;
import java.util.Map;

/**
 * The membership figures of a union subtree for a period (dates inclusive, Asia/Shanghai), as the work
 * reports quote them: 新建工会, 覆盖企业, 新增会员, 会员总数.
 */
public record MembershipStats(
        long unionId,
        LocalDate from,
        LocalDate to,
        /** unions founded in the period under this one (新建工会组织) */
        long unionsFounded,
        /** enterprises registered in the subtree now */
        long enterprises,
        /** of those, covered by a grassroots union (建会企业) */
        long enterprisesCovered,
        /** members whose membership began in the period (新增会员) */
        long membersJoined,
        long membersLeft,
        long membersTransferredIn,
        long membersTransferredOut,
        /** members at the end of the period (会员总数) */
        long totalMembers,
        /** of those, retired (退休会员) */
        long retiredMembers,
        /** honours of the period's years by kind */
        Map<String, Long> honoursByKind) {
}
