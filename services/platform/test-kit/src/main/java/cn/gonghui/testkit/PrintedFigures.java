package cn.gonghui.testkit;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures a rendered report page shows: every value cell carries {@code data-figure="<id>"} and
 * {@code data-value="<raw value>"} (empty when the figure is null), docs/report.md. Read from the DOM
 * {@link Chromium#dumpDom} gives, so what is checked is what a browser shows or prints.
 */
public final class PrintedFigures {

    private static final Pattern CELL = Pattern.compile("data-figure=\"([^\"]+)\" data-value=\"([^\"]*)\"");

    private PrintedFigures() {
    }

    /** Figure id to the value shown (empty for none), in page order; a figure shown twice fails. */
    public static Map<String, String> in(String dom) {
        Map<String, String> shown = new LinkedHashMap<>();
        Matcher m = CELL.matcher(dom);
        while (m.find()) {
            if (shown.put(m.group(1), m.group(2)) != null) {
                throw new AssertionError("figure " + m.group(1) + " is shown more than once");
            }
        }
        return shown;
    }

    /**
     * Fails unless the page shows exactly the figures of the JSON report (id to value, null where the
     * figure is not computable), each with the same value: null shown empty, numbers compared as numbers.
     */
    public static void assertShowsTheSame(String dom, Map<String, ?> json) {
        Map<String, String> shown = in(dom);
        if (!shown.keySet().equals(json.keySet())) {
            throw new AssertionError("the page shows the figures " + shown.keySet() + " but the JSON has " + json.keySet());
        }
        json.forEach((id, value) -> {
            String cell = shown.get(id);
            boolean same = value == null ? cell.isEmpty()
                    : !cell.isEmpty() && new BigDecimal(cell).compareTo(new BigDecimal(String.valueOf(value))) == 0;
            if (!same) {
                throw new AssertionError("figure " + id + ": the page shows \"" + cell + "\", the JSON " + value);
            }
        });
    }
}
