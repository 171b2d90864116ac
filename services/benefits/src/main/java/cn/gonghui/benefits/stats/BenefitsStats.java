package cn.gonghui.benefits.stats;

import java.time.LocalDate;
import java.util.List;

/**
 * The benefits figures of a union subtree for a period (dates inclusive, Asia/Shanghai). Flows count what
 * happened in [from, to]; stocks are as of {@code to}. 人 counts distinct members, 人次 attendances plus walk-ins.
 */
public record BenefitsStats(
        long unionId,
        LocalDate from,
        LocalDate to,
        Cards cards,
        Merchants merchants,
        /** activities starting in the period, all of them */
        Activities activities,
        /** the members-only ones 会员专享活动 */
        Activities membersOnly,
        /** the same per category */
        List<Activities> byCategory,
        /** the same per audience (women, young, migrant, children …) */
        List<Activities> byAudience,
        /** the same per series (programme), for activities that name one */
        List<Activities> bySeries,
        Employment employment,
        Childcare childcare,
        PurchasedServices purchasedServices,
        Giveaways giveaways,
        Skills skills,
        /** 职工互助保障 per plan offered by a union of the subtree */
        List<Insurance> insurance,
        Community community) {

    /**
     * Interest clubs as of {@code to}; members who joined an association in the period, per association;
     * selections and awards (人次); units that entered competitions starting in the period; enterprises of
     * the subtree at or above the size threshold and how many of them entered; online courses opened and
     * members enrolled in the period.
     */
    public record Community(long clubs, java.util.Map<String, Long> associationMembersByBody, long selectionsAndAwards, long unitsEntered,
            long largeEnterpriseHeadcount, long largeEnterprises, long largeEnterprisesEntered, long onlineCourses, long onlineLearners) {
    }

    /**
     * A plan: units (members' unions) and members enrolled in the period covering {@code to}; claims paid in
     * the period (人次) and the amount paid.
     */
    public record Insurance(long planId, String name, String kind, long units, long members, long claimsPaid, long paidFen) {
    }

    /** 春送岗位 in the period: fairs held (and what happened at them), postings published. */
    public record Employment(long fairs, long employers, long positions, long visitors, long intentions, long postings,
            long postedPositions) {
    }

    /**
     * 暑期托管: demand reported in the period (federations, classes, children), and the childcare classes and
     * children's camps starting in the period with the children enrolled (migrant children among them).
     */
    public record Childcare(long federationsReporting, long classesRequested, long childrenRequested, long classes, long camps,
            long children, long migrantChildren) {
    }

    /** 购买社会组织服务: projects running in the period, their budget, deliveries in the period and the person-times served. */
    public record PurchasedServices(long projects, long budgetFen, long deliveries, long personTimes) {
    }

    /** Giveaways whose entries opened in the period: entries 参与人次, distinct members, winners (items given). */
    public record Giveaways(long giveaways, long entries, long members, long winners) {
    }

    /**
     * 职工素质 in the period: qualifications by kind and distinct members; proposals, projects (excellent
     * ones) and the value they created; competition placings recorded for competitions starting in the period.
     */
    public record Skills(java.util.Map<String, Long> qualificationsByKind, long membersQualified, long proposals, long projects,
            long excellentProjects, long valueFen, long placings, long podiums) {
    }

    /** 会员服务卡. */
    public record Cards(long issued, long active, long suspended, long retiredActive) {
    }

    /** 加盟商 as of {@code to}, joined and left in the period, and redemptions at them in the period. */
    public record Merchants(long merchants, long joined, long left, long redemptions, long membersRedeeming) {
    }

    /**
     * Activities (name: ALL, a category or a series): count, how many were members-only 会员专享, sessions
     * held in the period 场次, sign-ups holding a place, people 人 and person-times 人次 who attended (members
     * plus walk-ins), of whom women and young (distinct members), and the cost.
     */
    public record Activities(String name, long activities, long membersOnly, long sessions, long signups, long people, long personTimes,
            long walkIns, long women, long young, long costFen) {
    }
}
