package cn.gonghui.mediation.dispute;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** 仲裁时效 (Art 27): one year from the referral, its last day included; none for wages while still employed. */
class LimitationTest {

    static final LocalDate REFERRED = LocalDate.of(2026, 4, 10);

    @Test
    void theLastDayIsTheSameDateAYearAfterTheReferralAndItExpiresTheDayAfter() {
        LocalDate last = Limitation.lastDay(ClaimCategory.OVERTIME, true, REFERRED);
        assertThat(last).isEqualTo(LocalDate.of(2027, 4, 10));
        assertThat(Limitation.expired(last, last)).isFalse();
        assertThat(Limitation.expired(last, last.plusDays(1))).isTrue();
    }

    @Test
    void unpaidWagesWhileStillEmployedHaveNoLimitation() {
        assertThat(Limitation.lastDay(ClaimCategory.UNPAID_WAGES, true, REFERRED)).isNull();
        assertThat(Limitation.expired(null, REFERRED.plusYears(5))).isFalse();
    }

    @Test
    void unpaidWagesAfterTheJobEndedRunLikeAnyOtherClaim() {
        assertThat(Limitation.lastDay(ClaimCategory.UNPAID_WAGES, false, REFERRED)).isEqualTo(LocalDate.of(2027, 4, 10));
        assertThat(Limitation.lastDay(ClaimCategory.SOCIAL_INSURANCE, false, REFERRED)).isEqualTo(LocalDate.of(2027, 4, 10));
    }

    @Test
    void aReferralOnTheTwentyNinthOfFebruaryEndsOnTheTwentyEighthAYearLater() {
        assertThat(Limitation.lastDay(ClaimCategory.OTHER, false, LocalDate.of(2028, 2, 29))).isEqualTo(LocalDate.of(2029, 2, 28));
    }
}
