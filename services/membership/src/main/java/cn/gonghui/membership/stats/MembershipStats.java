package cn.gonghui.membership.stats;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The membership figures of a union subtree for a period (dates inclusive, Asia/Shanghai), as the work
 * reports quote them: 新建工会, 覆盖企业, 新增会员, 会员总数, 建家率, 服务阵地, 荣誉.
 */
public record MembershipStats(
        long unionId,
        LocalDate from,
        LocalDate to,
        /** unions founded in the period under this one (新建工会组织) */
        long unionsFounded,
        /** the same, by union kind (其中独立工会 = ENTERPRISE_UNION) */
        Map<String, Long> unionsFoundedByKind,
        /** unions under this one that existed on {@code to} (founded by then, not dissolved by then), by kind */
        Map<String, Long> unionsByKind,
        /** enterprises registered in the subtree now */
        long enterprises,
        /** of those, covered by a grassroots union (建会企业) */
        long enterprisesCovered,
        /** enterprises covered on {@code to} by a grassroots union of the subtree, from their coverage history */
        long enterprisesCoveredOnTo,
        /** of those, covered by a union founded in the period (新建工会 涵盖企业) */
        long enterprisesCoveredByUnionsFounded,
        /** enterprises at or above a headcount, covered, and with a 职工之家 (建家率) */
        EnterprisesAtLeast enterprisesAtLeast,
        /** enterprises and covered enterprises of the subtree now, by headcount band and ownership */
        List<EnterpriseBand> enterprisesByBand,
        /** grassroots unions of the subtree that had an open 职工之家 on {@code to} (建家) */
        long unionsWithWorkersHome,
        /** members whose membership began in the period (新增会员) */
        long membersJoined,
        long membersLeft,
        long membersTransferredIn,
        long membersTransferredOut,
        /** members at the end of the period (会员总数) */
        long totalMembers,
        /** of those, retired (退休会员) */
        long retiredMembers,
        /** conferred honours of the period's years by kind (not nominations, not revoked) */
        Map<String, Long> honoursByKind,
        /** honours of the period's years by kind × level (× programme), with nominations and outcomes */
        List<HonourFigures> honours,
        /** service points by kind: stock on {@code to}, opened, closed, funded, inspected, rated in the period */
        List<ServicePointFigures> servicePoints,
        /** areas by kind and how many a union covered on {@code to} (园区、社区、楼宇 全覆盖) */
        List<AreaFigures> areas,
        /** union officers and staff: in office on {@code to}, and roles begun in the period */
        CadreFigures cadres,
        /** unions of the subtree renamed or with a legal-person change dated in the period (工会法人、名称变更) */
        UnionChangeFigures unionChanges,
        /** cadre training held in the period by unions of the subtree */
        TrainingFigures trainings) {

    /**
     * Training sessions held in the period: {@code sessions}, {@code personTimes} (人次: registered cadres attending plus
     * the others counted), {@code cadresTrained} (人: distinct registered cadres), and sessions and person-times by mode.
     */
    public record TrainingFigures(long sessions, long personTimes, long cadresTrained, Map<String, Long> sessionsByMode,
            Map<String, Long> personTimesByMode) {
    }

    /** Distinct unions with a rename, with a legal-person change, and with either, dated in the period. */
    public record UnionChangeFigures(long renamed, long legalPersonChanged, long changed) {
    }

    /**
     * Areas of one kind registered in the subtree, and of those the ones covered on {@code to}: a covering union since
     * then that had not been dissolved by then. {@code coverageRate} = covered ÷ areas (null when there are none), 4 places.
     */
    public record AreaFigures(String kind, long areas, long covered, Double coverageRate) {
    }

    /**
     * Roles held in unions of the subtree on {@code to} ({@code inOffice}, of which {@code fullTime} 专职 and {@code
     * partTime} 兼职, and by role), and roles begun in the period ({@code started}, by role). A person with two roles counts twice.
     */
    public record CadreFigures(long inOffice, long fullTime, long partTime, Map<String, Long> inOfficeByRole, long started,
            Map<String, Long> startedByRole) {
    }

    /**
     * 规模以上企业 and 建家率: enterprises of the subtree with {@code headcount} at or above the threshold (now), of those
     * covered by a grassroots union (建会), and of those whose union had an open 职工之家 on {@code to} (建家).
     * {@code homeRate} = withWorkersHome ÷ covered (null when no enterprise is covered), rounded to 4 places.
     */
    public record EnterprisesAtLeast(int headcount, long enterprises, long covered, long withWorkersHome, Double homeRate) {
    }

    /**
     * Enterprises of one headcount band ({@code minHeadcount} to {@code maxHeadcount} inclusive, open-ended when null:
     * 0-19, 20-49, 50-99, 100-299, 300-999, 1000 and more) and one ownership, and of those the covered ones; now.
     */
    public record EnterpriseBand(int minHeadcount, Integer maxHeadcount, String ownership, long enterprises, long covered) {
    }

    /**
     * Honours of one kind, level and programme whose {@code year} lies in the period's years: {@code nominated} went
     * through a nomination (推荐/申报, whatever came of it), {@code pending} are still NOMINATED, {@code conferred} hold
     * the honour now, {@code notConferred} and {@code revoked} do not; {@code rewardFen} is the reward money of the
     * conferred ones.
     */
    public record HonourFigures(String kind, String level, String programme, long nominated, long pending, long conferred,
            long notConferred, long revoked, long rewardFen) {
    }

    /**
     * Service points of one kind run by unions of the subtree. {@code stock}: open (or suspended) on {@code to};
     * {@code opened} / {@code closed}: openedOn / closedOn in the period; of the stock, {@code combinedWithUnion} (会站合一)
     * and {@code mobile}; {@code stockByRecognitionLevel}: the stock by recognition level (职工书屋); {@code funded}:
     * points paid money in the period and {@code fundedFen} the money, both also by purpose; {@code accepted}: points
     * that passed an acceptance check in the period; {@code standardised}: passed a standardisation check; {@code
     * inspected}: had any inspection; {@code rated}: points star-rated in the period; {@code streetsWithStock}: street
     * and town federations existing on {@code to} with at least one such point in stock in their subtree (街道全覆盖 =
     * streetsWithStock ÷ unionsByKind.STREET_TOWN_FEDERATION).
     */
    public record ServicePointFigures(String kind, long stock, long opened, long closed, long combinedWithUnion, long mobile,
            Map<String, Long> stockByRecognitionLevel, long funded, long fundedFen, Map<String, Long> fundedByPurpose,
            Map<String, Long> fundedFenByPurpose, long accepted, long standardised, long inspected, long rated,
            long streetsWithStock) {
    }
}
