package cn.gonghui.problems;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** zh-CN unless the caller's first preferred language is English. */
final class ProblemLanguage {

    private ProblemLanguage() {
    }

    /** The same decision from a raw Accept-Language header value, in the caller's order of preference (q). */
    static boolean english(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return false;
        }
        String entries = Arrays.stream(acceptLanguage.split(",")).map(String::strip)
                .filter(entry -> !entry.isEmpty() && !entry.startsWith(";")).collect(Collectors.joining(","));
        if (entries.isEmpty()) {
            return false;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(entries)) {
                if (!range.getRange().equals("*")) {
                    return range.getRange().startsWith("en");
                }
            }
        } catch (IllegalArgumentException malformedHeader) {
            return false;
        }
        return false;
    }

    static boolean english(HttpHeaders headers) {
        if (headers == null) {
            return false;
        }
        try {
            for (Locale locale : headers.getAcceptableLanguages()) {
                if ("*".equals(locale.getLanguage())) {
                    continue;
                }
                return "en".equalsIgnoreCase(locale.getLanguage());
            }
        } catch (RuntimeException malformedHeader) {
            return false;
        }
        return false;
    }
}
