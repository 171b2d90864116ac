package cn.gonghui.mediation.dispute;

import java.time.LocalDate;

/**
 * 仲裁时效 (劳动争议调解仲裁法 Art 27): one year. Applying for mediation interrupts it, and it runs again in
 * full from the day mediation ends, so the last day to apply for arbitration is one year after the referral
 * (the start day not counted: the same date a year later). A claim for unpaid wages 劳动报酬 while the worker
 * is still employed has no limitation until the employment ends.
 */
public final class Limitation {

    public static final int YEARS = 1;

    private Limitation() {
    }

    /** The last day to apply for arbitration on this claim, or null while the period does not run. */
    public static LocalDate lastDay(ClaimCategory category, boolean stillEmployed, LocalDate referredOn) {
        if (category == ClaimCategory.UNPAID_WAGES && stillEmployed) {
            return null;
        }
        return referredOn.plusYears(YEARS);
    }

    /** True from the day after the last day; never while the period does not run. */
    public static boolean expired(LocalDate lastDay, LocalDate on) {
        return lastDay != null && on.isAfter(lastDay);
    }
}
