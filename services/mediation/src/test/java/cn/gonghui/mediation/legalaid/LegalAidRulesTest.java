package cn.gonghui.mediation.legalaid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gonghui.problems.ProblemException;
import cn.gonghui.problems.ProblemType;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A legal-aid case closes once, not before acceptance, and a lost or withdrawn case wins nothing. */
class LegalAidRulesTest {

    static LegalAidCase open() {
        LegalAidCase c = new LegalAidCase();
        c.id = 1L;
        c.acceptedOn = LocalDate.of(2026, 2, 1);
        c.status = LegalAidCase.Status.OPEN;
        return c;
    }

    @Test
    void closesOnceWithTheAmountWon() {
        LegalAidCase c = open();
        c.close(LegalAidCase.Outcome.WON, 5_910_000, LocalDate.of(2026, 6, 1));
        assertThat(c.amountWonFen).isEqualTo(5_910_000);
        assertThatThrownBy(() -> c.close(LegalAidCase.Outcome.WON, 1, LocalDate.of(2026, 6, 2)))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.INVALID_STATE));
    }

    @Test
    void aLostCaseWinsNothingAndNoCaseClosesBeforeItsAcceptance() {
        assertThatThrownBy(() -> open().close(LegalAidCase.Outcome.LOST, 1, LocalDate.of(2026, 6, 1)))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("amountWonFen"));
        assertThatThrownBy(() -> open().close(LegalAidCase.Outcome.SETTLED, 1, LocalDate.of(2026, 1, 31)))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("closedOn"));
        LegalAidCase onTheDay = open();
        onTheDay.close(LegalAidCase.Outcome.LOST, 0, LocalDate.of(2026, 2, 1));
        assertThat(onTheDay.status).isEqualTo(LegalAidCase.Status.CLOSED);
    }
}
