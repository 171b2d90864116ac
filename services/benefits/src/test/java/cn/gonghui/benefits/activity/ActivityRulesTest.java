package cn.gonghui.benefits.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatCode;

import cn.gonghui.problems.ProblemException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The activity's own rules: the sign-up window at its edges, places, audiences. */
class ActivityRulesTest {

    static Activity activity() {
        Activity a = new Activity();
        a.id = 1L;
        a.audience = Audience.ALL_WORKERS;
        a.startsOn = LocalDate.of(2026, 7, 1);
        a.signupOpensOn = LocalDate.of(2026, 6, 1);
        a.signupClosesOn = LocalDate.of(2026, 6, 20);
        a.places = 2;
        return a;
    }

    @Test
    void signUpsAreTakenFromTheFirstToTheLastDayOfTheWindow() {
        Activity a = activity();
        assertThatThrownBy(() -> a.requireSignupOpen(LocalDate.of(2026, 5, 31))).isInstanceOf(ProblemException.class);
        assertThatCode(() -> a.requireSignupOpen(LocalDate.of(2026, 6, 1))).doesNotThrowAnyException();
        assertThatCode(() -> a.requireSignupOpen(LocalDate.of(2026, 6, 20))).doesNotThrowAnyException();
        assertThatThrownBy(() -> a.requireSignupOpen(LocalDate.of(2026, 6, 21))).isInstanceOf(ProblemException.class);
        a.signupOpensOn = null;
        assertThatThrownBy(() -> a.requireSignupOpen(LocalDate.of(2026, 6, 10))).hasMessageContaining("on site only");
    }

    @Test
    void placesAreALimitUnlessThereAreNone() {
        Activity a = activity();
        assertThat(a.hasRoom(1)).isTrue();
        assertThat(a.hasRoom(2)).isFalse();
        a.places = null;
        assertThat(a.hasRoom(100000)).isTrue();
    }

    @Test
    void youngMeansUnderThirtyFiveInTheActivitysYear() {
        Activity a = activity();
        a.audience = Audience.YOUNG;
        assertThatCode(() -> a.requireAudience("MALE", 1992)).doesNotThrowAnyException();
        assertThatThrownBy(() -> a.requireAudience("MALE", 1991)).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> a.requireAudience("MALE", null)).isInstanceOf(ProblemException.class);
        a.audience = Audience.WOMEN;
        assertThatThrownBy(() -> a.requireAudience("MALE", 1992)).isInstanceOf(ProblemException.class);
        assertThatCode(() -> a.requireAudience("FEMALE", 1960)).doesNotThrowAnyException();
    }
}
