package cn.gonghui.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PrintedFiguresTest {

    private static final String DOM = "<td data-figure=\"S1-44\" data-value=\"1960\">1,960</td>"
            + "<td data-figure=\"S2-31\" data-value=\"0.810\">81.0%</td><td data-figure=\"S0-22\" data-value=\"\">—</td>";

    private static Map<String, Object> json(Object s144, Object s231, Object s022) {
        Map<String, Object> json = new HashMap<>();
        json.put("S1-44", s144);
        json.put("S2-31", s231);
        json.put("S0-22", s022);
        return json;
    }

    @Test
    void readsEveryFigureAndItsValueInPageOrder() {
        assertThat(PrintedFigures.in(DOM)).containsExactly(Map.entry("S1-44", "1960"), Map.entry("S2-31", "0.810"), Map.entry("S0-22", ""));
    }

    @Test
    void aFigureShownTwiceFails() {
        assertThatThrownBy(() -> PrintedFigures.in(DOM + "<td data-figure=\"S1-44\" data-value=\"1960\">"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("S1-44");
    }

    @Test
    void thePageMatchesTheJsonWhenNumbersAreEqualAndNullIsShownEmpty() {
        PrintedFigures.assertShowsTheSame(DOM, json(1960, "0.81", null));
    }

    @Test
    void aDifferentValueAMissingOrAnExtraFigureOrANullShownAsANumberFails() {
        assertThatThrownBy(() -> PrintedFigures.assertShowsTheSame(DOM, json(1961, "0.81", null))).hasMessageContaining("S1-44");
        assertThatThrownBy(() -> PrintedFigures.assertShowsTheSame(DOM, json(1960, "0.81", 5))).hasMessageContaining("S0-22");
        assertThatThrownBy(() -> PrintedFigures.assertShowsTheSame(DOM, json(1960, null, null))).hasMessageContaining("S2-31");
        Map<String, Object> more = json(1960, "0.81", null);
        more.put("S3-02", 845);
        assertThatThrownBy(() -> PrintedFigures.assertShowsTheSame(DOM, more)).hasMessageContaining("S3-02");
        Map<String, Object> fewer = json(1960, "0.81", null);
        fewer.remove("S0-22");
        assertThatThrownBy(() -> PrintedFigures.assertShowsTheSame(DOM, fewer)).hasMessageContaining("S0-22");
    }
}
