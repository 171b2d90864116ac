package cn.gonghui.assistance.stats;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The assistance figures of a union subtree for a period (dates inclusive, Asia/Shanghai), as the work
 * reports quote them. Flows count what happened in [from, to]; stocks are as of {@code to}. 人 counts
 * distinct people, 人次 grants, 户 distinct households.
 */
public record AssistanceStats(
        long unionId,
        LocalDate from,
        LocalDate to,
        Hardship hardship,
        /** applications filed in the period per campaign (申报), whatever became of them */
        List<Applications> applications,
        /** grants paid (cash) or given (in kind) in the period, per campaign */
        List<Grants> byCampaign,
        /** the same per campaign kind (送温暖, 金秋助学 …): people counted once per kind */
        List<Grants> byKind,
        /** all grants of the period: people counted once */
        Grants total,
        /** distinct people helped per recipient category (困难职工, 一线职工, 劳模 …) */
        Map<String, Long> peopleByCategory,
        List<Fund> funds,
        Donations donations,
        Visits visits,
        Allocations allocations) {

    /** 建档困难职工. */
    public record Hardship(
            /** open files as of to (建档困难职工家庭) */
            long households,
            long registered,
            long exited,
            /** distinct files with a home visit (入户核查) in the period */
            long visitedHouseholds,
            /** open files due for their yearly review as of to */
            long reviewsDue,
            /** per cause 致困原因: open files as of to, women among them, and those visited in the period */
            List<Cause> byCause) {
    }

    public record Cause(String cause, long households, long women, long visitedHouseholds, long visitedWomen) {
    }

    /** Applications of one campaign filed in the period: all of them, distinct people, and those still pending or approved. */
    public record Applications(long campaignId, String name, String kind, long filed, long people, long pending, long rejected) {
    }

    /** Grants of one campaign, one kind, or all. name is the campaign's (or the kind's) name. */
    public record Grants(Long campaignId, String name, String kind, String help, long people, long personTimes, long households,
            long women, long migrants, long migrantHouseholds, long cashFen, long inKindFen) {
    }

    /** A fund's movements in the period and its balance as of to. */
    public record Fund(long fundId, String name, String kind, long donationsFen, long incomeFen, long transfersInFen,
            long transfersOutFen, long grantsPaidFen, long allocatedFen, long payableFen, long balanceFen) {
    }

    /** 捐款 collected by the subtree's unions in the period. */
    public record Donations(long count, long amountFen, Map<String, Long> amountFenByDrive, List<Donor> topDonors,
            /** donors commended by the subtree's unions in the period (表彰捐款先进单位), units and persons */
            long unitsCommended, long personsCommended) {
    }

    public record Donor(String donorName, String donorKind, long donations, long amountFen) {
    }

    /** 走访慰问 in the period. */
    public record Visits(long visits, long peopleReached, Map<String, Long> visitsByTarget, long householdsVisited,
            long enterprisesVisited, long modelWorkerVisits) {
    }

    /** 下拨 in the period to unions (or enterprises of unions) of the subtree. */
    public record Allocations(long count, long amountFen, long unions, long enterprises, Map<String, Long> amountFenByRecipientKind) {
    }
}
