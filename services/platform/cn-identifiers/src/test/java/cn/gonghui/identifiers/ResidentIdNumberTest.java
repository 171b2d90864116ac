package cn.gonghui.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResidentIdNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"11010519491231002X", "320106198504123018"})
    void acceptsValidNumbers(String id) {
        assertThat(ResidentIdNumber.problem(id)).isEmpty();
    }

    @Test
    void rejectsWrongCheckCharacter() {
        assertThat(ResidentIdNumber.problem("110105194912310021")).contains("check character does not match");
    }

    @Test
    void rejectsImpossibleBirthDate() {
        // 1949-02-30 does not exist; check character recomputed so only the date is wrong
        String body = "11010519490230002";
        assertThat(ResidentIdNumber.problem(body + ResidentIdNumber.checkCharacter(body)))
                .contains("characters 7-14 are not a real birth date");
    }

    @Test
    void rejectsBirthDateInTheFuture() {
        LocalDate next = LocalDate.now().plusYears(1);
        String body = "110105" + String.format("%04d%02d%02d", next.getYear(), next.getMonthValue(), next.getDayOfMonth()) + "002";
        assertThat(ResidentIdNumber.problem(body + ResidentIdNumber.checkCharacter(body)))
                .contains("birth date is out of range");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "11010519491231002", "11010519491231002XX", "1101051949123100AX"})
    void rejectsWrongShape(String id) {
        assertThat(ResidentIdNumber.problem(id)).isPresent();
    }

    @Test
    void rejectsNull() {
        assertThat(ResidentIdNumber.isValid(null)).isFalse();
    }

    @Test
    void normalizesLowerCaseX() {
        assertThat(ResidentIdNumber.isValid(ResidentIdNumber.normalize("11010519491231002x"))).isTrue();
    }
}
