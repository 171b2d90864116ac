package cn.gonghui.problems;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;

/** zh-CN unless the caller's first preferred language is English. */
final class ProblemLanguage {

    private ProblemLanguage() {
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
