package cn.gonghui.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnifiedSocialCreditCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"91110000600037341L", "91350100M000100Y43"})
    void acceptsValidCodes(String code) {
        assertThat(UnifiedSocialCreditCode.problem(code)).isEmpty();
    }

    @Test
    void rejectsWrongCheckCharacter() {
        assertThat(UnifiedSocialCreditCode.problem("91110000600037341M")).contains("check character does not match");
    }

    @ParameterizedTest
    @ValueSource(chars = {'I', 'O', 'S', 'V', 'Z'})
    void rejectsExcludedLetters(char letter) {
        String code = "9111000060003734" + letter + "L";
        assertThat(UnifiedSocialCreditCode.problem(code)).get().asString().contains("is not allowed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "9111000060003734", "91110000600037341LL", "91110000600037341l"})
    void rejectsWrongShape(String code) {
        assertThat(UnifiedSocialCreditCode.problem(code)).isPresent();
    }

    @Test
    void checkOf31MapsToZero() {
        // search a body whose sum is 0 mod 31: check must then be '0'
        String body = "00000000000000000";
        assertThat(UnifiedSocialCreditCode.checkCharacter(body + "0")).isEqualTo('0');
    }
}
