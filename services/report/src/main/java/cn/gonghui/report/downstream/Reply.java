package cn.gonghui.report.downstream;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A downstream call's outcome: the body, or why there is none. Never an exception, so one service down
 * costs its figures only.
 */
public sealed interface Reply {

    /** Why a service gave no body: it was too slow, could not be reached (or its circuit is open), or refused the call (4xx). */
    enum Reason {
        TIMEOUT, UNAVAILABLE, REFUSED;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    record Answer(JsonNode body) implements Reply {
    }

    record Missing(Reason reason, Integer status, String detail) implements Reply {
    }

    static Reply refused(int status) {
        return new Missing(Reason.REFUSED, status, "answered " + status);
    }
}
