package cn.gonghui.bargaining.instructor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gonghui.problems.ProblemException;
import cn.gonghui.problems.ProblemType;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** An instructor's time in office, both ends included, without a database. */
class InstructorRulesTest {

    static final LocalDate APPOINTED = LocalDate.of(2025, 3, 1);

    static Instructor appointed() {
        Instructor i = new Instructor();
        i.id = 7L;
        i.appointedOn = APPOINTED;
        i.level = InstructorLevel.DISTRICT;
        return i;
    }

    @Test
    void inOfficeFromTheAppointmentThroughTheLastDay() {
        Instructor i = appointed();
        assertThat(i.inOffice(APPOINTED.minusDays(1))).isFalse();
        assertThat(i.inOffice(APPOINTED)).isTrue();
        i.leave(APPOINTED.plusMonths(6));
        assertThat(i.inOffice(APPOINTED.plusMonths(6))).isTrue();
        assertThat(i.inOffice(APPOINTED.plusMonths(6).plusDays(1))).isFalse();
    }

    @Test
    void leavesOnceAndNotBeforeTheAppointment() {
        assertThatThrownBy(() -> appointed().leave(APPOINTED.minusDays(1))).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.errors()).extracting(f -> f.field()).containsExactly("leftOn"));
        Instructor i = appointed();
        i.leave(APPOINTED);
        assertThatThrownBy(() -> i.leave(APPOINTED.plusDays(1))).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.type()).isEqualTo(ProblemType.INVALID_STATE));
    }
}
