package cn.gonghui.assistance.grant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gonghui.problems.ProblemException;
import cn.gonghui.problems.ProblemType;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The grant's own rules, without a database: each step from the right state only, and public notice at its exact edges. */
class GrantRulesTest {

    static final LocalDate APPROVED = LocalDate.of(2026, 1, 20);

    static Grant verified() {
        Grant g = new Grant();
        g.id = 1L;
        g.status = GrantStatus.SUBMITTED;
        g.verify(APPROVED.minusDays(1), "属实");
        return g;
    }

    static Grant approved(int noticeDays) {
        Grant g = verified();
        g.approve(APPROVED, "会议纪要", APPROVED.plusDays(noticeDays));
        return g;
    }

    @Test
    void noticeTakesObjectionsFromTheApprovalDayThroughItsLastDayAndPaymentStartsTheDayAfter() {
        Grant g = approved(5);
        assertThat(g.onNotice(APPROVED)).isTrue();
        assertThat(g.onNotice(APPROVED.plusDays(5))).isTrue();
        assertThat(g.onNotice(APPROVED.plusDays(6))).isFalse();
        assertThat(g.payableOn(APPROVED.plusDays(5))).isFalse();
        assertThat(g.payableOn(APPROVED.plusDays(6))).isTrue();
        assertThatThrownBy(() -> g.disburse(APPROVED.plusDays(5), "P1", false)).isInstanceOf(ProblemException.class);
        g.disburse(APPROVED.plusDays(6), "P1", false);
        assertThat(g.status).isEqualTo(GrantStatus.DISBURSED);
    }

    @Test
    void withoutNoticeThereAreNoObjectionsAndPaymentIsAllowedAtOnce() {
        Grant g = approved(0);
        assertThat(g.onNotice(APPROVED)).isFalse();
        assertThat(g.payableOn(APPROVED)).isTrue();
    }

    @Test
    void anOpenObjectionBlocksPayment() {
        Grant g = approved(1);
        assertThatThrownBy(() -> g.disburse(APPROVED.plusDays(2), "P1", true))
                .isInstanceOf(ProblemException.class).hasMessageContaining("objection");
        assertThat(g.status).isEqualTo(GrantStatus.APPROVED);
    }

    @Test
    void eachStepOnlyFromItsState() {
        Grant submitted = new Grant();
        submitted.id = 2L;
        submitted.status = GrantStatus.SUBMITTED;
        assertInvalidState(() -> submitted.approve(APPROVED, "x", APPROVED));
        assertInvalidState(() -> submitted.cancel(APPROVED, "x"));
        Grant approved = approved(3);
        assertInvalidState(() -> approved.reject(APPROVED, "x"));
        assertInvalidState(() -> approved.withdraw(APPROVED, "x"));
        assertInvalidState(() -> approved.verify(APPROVED, "x"));
        approved.cancel(APPROVED.plusDays(1), "异议成立");
        assertThat(approved.live()).isFalse();
        assertInvalidState(() -> approved.disburse(APPROVED.plusDays(9), "P", false));
        Grant paid = approved(0);
        paid.disburse(APPROVED, "P", false);
        assertInvalidState(() -> paid.disburse(APPROVED, "P2", false));
        assertInvalidState(() -> paid.cancel(APPROVED, "x"));
        assertThat(paid.live()).isTrue();
    }

    private static void assertInvalidState(Runnable step) {
        assertThatThrownBy(step::run).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.type()).isEqualTo(ProblemType.INVALID_STATE));
    }
}
