package cn.gonghui.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.identifiers.ResidentIdNumber;
import cn.gonghui.identifiers.UnifiedSocialCreditCode;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TestIdentifiersTest {

    @Test
    void idNumbersAreValidRealBirthDatesAndNeverRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 20_000; i++) {
            String id = TestIdentifiers.idNumber();
            assertThat(ResidentIdNumber.problem(id)).as(id).isEmpty();
            assertThat(ResidentIdNumber.birthDate(id)).isBetween(LocalDate.of(1960, 1, 1), LocalDate.of(1987, 12, 31));
            assertThat(seen.add(id)).as("repeated " + id).isTrue();
        }
    }

    @Test
    void creditCodesAreValidAndNeverRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 20_000; i++) {
            String code = TestIdentifiers.creditCode();
            assertThat(UnifiedSocialCreditCode.problem(code)).as(code).isEmpty();
            assertThat(code).hasSize(18).startsWith("91110115");
            assertThat(seen.add(code)).as("repeated " + code).isTrue();
        }
    }

    @Test
    void uniqueNumbersNeverRepeatAcrossThreads() {
        Set<Long> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
        IntStream.range(0, 10_000).parallel().forEach(i -> assertThat(seen.add(TestIdentifiers.unique())).isTrue());
        assertThat(seen).hasSize(10_000);
    }
}
