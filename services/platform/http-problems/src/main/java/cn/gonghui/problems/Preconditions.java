package cn.gonghui.problems;

/** Optimistic concurrency over HTTP: the ETag is the entity's version; updates must send it back in If-Match. */
public final class Preconditions {

    private Preconditions() {
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** The ETag header value for a response carrying this version. */
    public static jakarta.ws.rs.core.EntityTag entityTag(long version) {
        return jakarta.ws.rs.core.EntityTag.valueOf(etag(version));
    }

    /** 428 without If-Match, 412 when it names another version than the current one. */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED, "send If-Match with the ETag from your last read");
        }
        String expected = etag(currentVersion);
        // If-Match may list several tags (RFC 9110); any one that names the current version will do
        boolean matches = java.util.Arrays.stream(ifMatch.split(","))
                .map(String::trim)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(tag -> tag.equals(expected) || tag.equals("*"));
        if (!matches) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED,
                    "you sent " + ifMatch.trim() + " but the current version is " + expected);
        }
    }
}
