package cn.gonghui.mediation.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gonghui.problems.ProblemException;
import cn.gonghui.problems.ProblemType;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A hazard report is resolved once, fixed or dismissed, not before it was reported. */
class HazardRulesTest {

    static final LocalDate REPORTED = LocalDate.of(2026, 6, 1);

    static HazardReport reported() {
        HazardReport h = new HazardReport();
        h.id = 1L;
        h.reportedOn = REPORTED;
        h.status = HazardReport.Status.REPORTED;
        return h;
    }

    @Test
    void fixedOnceOnOrAfterTheReportDay() {
        HazardReport h = reported();
        h.resolve(true, REPORTED, "已整改");
        assertThat(h.status).isEqualTo(HazardReport.Status.FIXED);
        assertThatThrownBy(() -> h.resolve(false, REPORTED.plusDays(1), "x"))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.INVALID_STATE));
    }

    @Test
    void notResolvedBeforeItWasReportedAndADismissalIsNotAFix() {
        assertThatThrownBy(() -> reported().resolve(true, REPORTED.minusDays(1), "x"))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("resolvedOn"));
        HazardReport h = reported();
        h.resolve(false, REPORTED.plusDays(2), "非安全隐患");
        assertThat(h.status).isEqualTo(HazardReport.Status.DISMISSED);
    }
}
