package cn.gonghui.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportPeriodsTest {

    private static ReportPeriods.Period p(String from, String to) {
        return new ReportPeriods.Period(LocalDate.parse(from), LocalDate.parse(to));
    }

    @Test
    void wholeMonthsAreFollowedBackByPeriodsOfAsManyMonthsEndToEnd() {
        assertThat(ReportPeriods.trend(LocalDate.parse("2016-01-01"), LocalDate.parse("2016-06-30"), 3)).containsExactly(
                p("2014-07-01", "2014-12-31"), p("2015-01-01", "2015-06-30"), p("2015-07-01", "2015-12-31"), p("2016-01-01", "2016-06-30"));
        assertThat(ReportPeriods.trend(LocalDate.parse("2015-01-01"), LocalDate.parse("2015-12-31"), 2)).containsExactly(
                p("2013-01-01", "2013-12-31"), p("2014-01-01", "2014-12-31"), p("2015-01-01", "2015-12-31"));
        assertThat(ReportPeriods.trend(LocalDate.parse("2017-01-01"), LocalDate.parse("2017-05-31"), 1)).containsExactly(
                p("2016-08-01", "2016-12-31"), p("2017-01-01", "2017-05-31"));
    }

    @Test
    void otherPeriodsAreComparedWithTheSameDatesOfEarlierYears() {
        assertThat(ReportPeriods.trend(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-11-23"), 3)).containsExactly(
                p("2023-01-01", "2023-11-23"), p("2024-01-01", "2024-11-23"), p("2025-01-01", "2025-11-23"), p("2026-01-01", "2026-11-23"));
        assertThat(ReportPeriods.trend(LocalDate.parse("2024-02-29"), LocalDate.parse("2024-03-10"), 1)).containsExactly(
                p("2023-02-28", "2023-03-10"), p("2024-02-29", "2024-03-10"));
    }
}
