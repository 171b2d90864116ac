package cn.gonghui.report.catalogue;

import java.util.Locale;

/**
 * The five services whose stats the report reads, which are also its five programmes. Each answers
 * {@code GET /api/v1/stats/<name>}; its base URL is {@code quarkus.rest-client.<name>.url}.
 */
public enum Service {
    MEMBERSHIP("会员与组织", 8081),
    BARGAINING("集体协商", 8082),
    MEDIATION("劳动争议调解", 8083),
    ASSISTANCE("困难职工帮扶", 8084),
    BENEFITS("普惠服务", 8085);

    private final String title;
    private final int localPort;

    Service(String title, int localPort) {
        this.title = title;
        this.localPort = localPort;
    }

    /** As in URLs, config keys and the catalogue: {@code membership}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The programme's heading in the report. */
    public String title() {
        return title;
    }

    /** The local stack's port (run-all.sh), the default base URL's. */
    public int localPort() {
        return localPort;
    }

    public String statsPath() {
        return "/api/v1/stats/" + id();
    }

    public static Service of(String id) {
        for (Service s : values()) {
            if (s.id().equals(id)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown service " + id + "; one of membership, bargaining, mediation, assistance, benefits");
    }
}
