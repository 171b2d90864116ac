package cn.gonghui.problems;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;

/** zh-CN unless the caller's first preferred language is English. */
final class ProblemLanguage {

    private ProblemLanguage() {
    }

    /** The same decision from a raw Accept-Language header value. */
    static boolean english(String acceptLanguage) {
        if (acceptLanguage == null) {
            return false;
        }
        for (String part : acceptLanguage.split(",")) {
            String tag = part.split(";")[0].strip();
            if (!tag.isEmpty() && !tag.equals("*")) {
                return tag.toLowerCase(Locale.ROOT).startsWith("en");
            }
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
