package cn.gonghui.mediation.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gonghui.problems.ProblemException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** In office from the appointment day through the day before it ends. */
class AppointmentRulesTest {

    @Test
    void inOfficeFromTheAppointmentDayUntilTheDayBeforeTheEnd() {
        Appointment a = new Appointment();
        a.id = 1L;
        a.appointedOn = LocalDate.of(2025, 1, 10);
        assertThat(a.inOffice(LocalDate.of(2025, 1, 9))).isFalse();
        assertThat(a.inOffice(LocalDate.of(2025, 1, 10))).isTrue();
        a.end(LocalDate.of(2026, 1, 10));
        assertThat(a.inOffice(LocalDate.of(2026, 1, 9))).isTrue();
        assertThat(a.inOffice(LocalDate.of(2026, 1, 10))).isFalse();
        assertThatThrownBy(() -> a.end(LocalDate.of(2026, 2, 1))).isInstanceOf(ProblemException.class);
    }

    @Test
    void anAppointmentEndsAfterItBegan() {
        Appointment a = new Appointment();
        a.appointedOn = LocalDate.of(2025, 1, 10);
        assertThatThrownBy(() -> a.end(LocalDate.of(2025, 1, 10)))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("endedOn"));
    }
}
