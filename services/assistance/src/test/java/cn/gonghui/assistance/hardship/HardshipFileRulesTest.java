package cn.gonghui.assistance.hardship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gonghui.problems.ProblemException;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The file's own rules: the yearly review at its exact due date, stocks as of a date, exit once. */
class HardshipFileRulesTest {

    static final LocalDate REGISTERED = LocalDate.of(2025, 3, 1);

    static HardshipFile file() {
        HardshipFile f = HardshipFile.register(1L, REGISTERED);
        f.id = 9L;
        f.causes(Set.of(HardshipCause.ILLNESS));
        return f;
    }

    @Test
    void aReviewIsDueTwelveMonthsAfterRegistrationAndAfterEachReview() {
        HardshipFile f = file();
        assertThat(f.reviewDueOn).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(f.reviewDue(LocalDate.of(2026, 2, 28))).isFalse();
        assertThat(f.reviewDue(LocalDate.of(2026, 3, 1))).isTrue();
        f.review(LocalDate.of(2026, 3, 5));
        assertThat(f.reviewDueOn).isEqualTo(LocalDate.of(2027, 3, 5));
        assertThat(f.reviewDue(LocalDate.of(2026, 3, 5))).isFalse();
    }

    @Test
    void aFileCountsFromItsRegistrationUntilTheDayBeforeItsExit() {
        HardshipFile f = file();
        f.exit(LocalDate.of(2025, 9, 1), "脱困");
        assertThat(f.activeOn(REGISTERED.minusDays(1))).isFalse();
        assertThat(f.activeOn(REGISTERED)).isTrue();
        assertThat(f.activeOn(LocalDate.of(2025, 8, 31))).isTrue();
        assertThat(f.activeOn(LocalDate.of(2025, 9, 1))).isFalse();
        assertThat(f.reviewDue(LocalDate.of(2030, 1, 1))).isFalse();
        assertThatThrownBy(() -> f.exit(LocalDate.of(2025, 9, 2), "again")).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> f.review(LocalDate.of(2025, 9, 2))).isInstanceOf(ProblemException.class);
    }

    @Test
    void anExitNeedsAReasonAndADateNotBeforeRegistration() {
        assertThatThrownBy(() -> file().exit(REGISTERED, " ")).isInstanceOf(ProblemException.class).hasMessageContaining("reason");
        assertThatThrownBy(() -> file().exit(REGISTERED.minusDays(1), "x")).isInstanceOf(ProblemException.class);
    }

    @Test
    void aFlagIsSetOnce() {
        HardshipFile f = file();
        f.flag(HardshipFile.FLAG_MEMBER_LEFT);
        f.flag(HardshipFile.FLAG_MEMBER_LEFT);
        assertThat(f.flags).containsExactly(HardshipFile.FLAG_MEMBER_LEFT);
    }
}
