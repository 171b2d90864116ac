package cn.gonghui.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The periods of the trend chart: the report's period and the {@code n} periods before it, oldest first.
 * A period of whole months (from the 1st to a month's last day: a half-year, a year, the 5 months of
 * 003's report) is followed back by periods of as many months, end to end. Any other period (the default
 * year-to-date, say 1 January to 23 November) is compared with the same dates of earlier years (同期),
 * as many years back as the period is long, rounded up.
 */
public final class ReportPeriods {

    public record Period(LocalDate from, LocalDate to) {
    }

    private ReportPeriods() {
    }

    public static List<Period> trend(LocalDate from, LocalDate to, int previous) {
        List<Period> periods = new ArrayList<>();
        periods.add(new Period(from, to));
        boolean wholeMonths = from.getDayOfMonth() == 1 && to.equals(to.withDayOfMonth(to.lengthOfMonth()));
        if (wholeMonths) {
            long months = ChronoUnit.MONTHS.between(from, to.plusDays(1));
            for (int k = 1; k <= previous; k++) {
                LocalDate start = from.minusMonths(months * k);
                periods.add(new Period(start, start.plusMonths(months).minusDays(1)));
            }
        } else {
            long days = ChronoUnit.DAYS.between(from, to) + 1;
            long years = Math.max(1, (days + 364) / 365);
            for (int k = 1; k <= previous; k++) {
                periods.add(new Period(from.minusYears(years * k), to.minusYears(years * k)));
            }
        }
        Collections.reverse(periods);
        return periods;
    }
}
