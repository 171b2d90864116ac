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
        /** the same per category */
        List<Activities> byCategory,
        /** the same per series (programme), for activities that name one */
        List<Activities> bySeries) {

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
