package cn.gonghui.membership.stats;

import cn.gonghui.membership.union.Union;
import cn.gonghui.membership.union.UnionService;
import cn.gonghui.problems.ProblemException;
import cn.gonghui.scope.UnionScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Figures for any union subtree and period, computed from the membership tables in one read. */
@ApplicationScoped
public class StatsService {

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    UnionScope scope;

    @Inject
    UnionService unions;

    /** The default headcount threshold of 规模以上企业 (Daxing's 50人以上). */
    public static final int DEFAULT_HEADCOUNT = 50;

    /** Union kinds that are federations: an enterprise whose union is one of them is not covered (not 建会). */
    static final String FEDERATIONS = "('DISTRICT_FEDERATION', 'STREET_TOWN_FEDERATION', 'INDUSTRIAL_PARK_FEDERATION')";

    /** A service point is in the stock on :end: it has opened by then (or was registered before dates were kept) and not closed by then. */
    static final String OPEN_ON_END = "p.status NOT IN ('PLANNED', 'BUILDING') AND (p.opened_on IS NULL OR p.opened_on <= :end)"
            + " AND (p.closed_on IS NULL OR p.closed_on > :end)";

    public MembershipStats of(long unionId, LocalDate from, LocalDate to) {
        return of(unionId, from, to, null);
    }

    public MembershipStats of(long unionId, LocalDate from, LocalDate to, Integer headcountAtLeast) {
        int threshold = headcountAtLeast == null ? DEFAULT_HEADCOUNT : headcountAtLeast;
        if (threshold < 1) {
            throw ProblemException.invalid("headcountAtLeast", "must be 1 or more");
        }
        scope.require(unionId);
        Union root = unions.get(unionId);
        LocalDate end = to == null ? LocalDate.now(clock) : to;
        LocalDate start = from == null ? end.withDayOfYear(1) : from;
        if (start.isAfter(end)) {
            throw ProblemException.invalid("from", "must not be after to");
        }
        String prefix = root.path + "%";
        // Members are counted where they were, not where they are now (review S22): a member joined the union
        // their first accepted transfer left (or their union, if they never moved), and on a date they were in
        // the union their last transfer decided by then went to (or the one the next transfer left).
        Object[] r = (Object[]) em.createNativeQuery("""
                WITH sub AS (SELECT id, kind FROM union_unit WHERE path LIKE :prefix),
                accepted AS (SELECT t.member_id, t.from_union_id, t.to_union_id, t.id,
                                    t.decided_at, (t.decided_at AT TIME ZONE 'Asia/Shanghai')::date AS decided_on
                             FROM member_transfer t WHERE t.status = 'ACCEPTED'),
                candidates AS (SELECT m.id FROM member m WHERE m.union_id IN (SELECT id FROM sub)
                               UNION
                               SELECT a.member_id FROM accepted a
                               WHERE a.from_union_id IN (SELECT id FROM sub) OR a.to_union_id IN (SELECT id FROM sub)),
                placed AS (
                  SELECT m.status, m.joined_on, m.left_on, m.retired, m.retired_on,
                    COALESCE((SELECT a.from_union_id FROM accepted a WHERE a.member_id = m.id
                              ORDER BY a.decided_at, a.id LIMIT 1), m.union_id) AS joined_union,
                    COALESCE((SELECT a.to_union_id FROM accepted a WHERE a.member_id = m.id AND a.decided_on <= :end
                              ORDER BY a.decided_at DESC, a.id DESC LIMIT 1),
                             (SELECT a.from_union_id FROM accepted a WHERE a.member_id = m.id AND a.decided_on > :end
                              ORDER BY a.decided_at, a.id LIMIT 1),
                             m.union_id) AS union_at_end
                  FROM member m JOIN candidates c ON c.id = m.id)
                SELECT
                  (SELECT count(*) FROM union_unit u WHERE u.path LIKE :prefix AND u.id <> :root
                      AND u.founded_on BETWEEN :start AND :end),
                  (SELECT count(*) FROM enterprise e JOIN sub ON sub.id = e.union_id),
                  (SELECT count(*) FROM enterprise e JOIN sub ON sub.id = e.union_id
                      WHERE sub.kind NOT IN ('DISTRICT_FEDERATION', 'STREET_TOWN_FEDERATION', 'INDUSTRIAL_PARK_FEDERATION')),
                  (SELECT count(*) FROM placed p WHERE p.joined_on BETWEEN :start AND :end
                      AND p.joined_union IN (SELECT id FROM sub)),
                  (SELECT count(*) FROM member m JOIN sub ON sub.id = m.union_id WHERE m.left_on BETWEEN :start AND :end),
                  (SELECT count(*) FROM accepted a WHERE a.decided_on BETWEEN :start AND :end
                      AND a.to_union_id IN (SELECT id FROM sub) AND a.from_union_id NOT IN (SELECT id FROM sub)),
                  (SELECT count(*) FROM accepted a WHERE a.decided_on BETWEEN :start AND :end
                      AND a.from_union_id IN (SELECT id FROM sub) AND a.to_union_id NOT IN (SELECT id FROM sub)),
                  (SELECT count(*) FROM placed p WHERE p.union_at_end IN (SELECT id FROM sub)
                      AND p.status IN ('ACTIVE', 'LEFT') AND p.joined_on <= :end AND (p.left_on IS NULL OR p.left_on > :end)),
                  (SELECT count(*) FROM placed p WHERE p.union_at_end IN (SELECT id FROM sub)
                      AND p.status IN ('ACTIVE', 'LEFT') AND p.joined_on <= :end AND (p.left_on IS NULL OR p.left_on > :end)
                      AND p.retired AND p.retired_on <= :end)
                """).setParameter("prefix", prefix).setParameter("root", root.id)
                .setParameter("start", start).setParameter("end", end).getSingleResult();
        List<MembershipStats.HonourFigures> honours = honours(prefix, start, end);
        Map<String, Long> byKind = new TreeMap<>();
        for (MembershipStats.HonourFigures h : honours) {
            if (h.conferred() > 0) {
                byKind.merge(h.kind(), h.conferred(), Long::sum);
            }
        }
        Map<String, Long> foundedByKind = counts(em.createNativeQuery("""
                SELECT u.kind, count(*) FROM union_unit u WHERE u.path LIKE :prefix AND u.id <> :root
                AND u.founded_on BETWEEN :start AND :end GROUP BY u.kind
                """).setParameter("prefix", prefix).setParameter("root", root.id).setParameter("start", start)
                .setParameter("end", end));
        Map<String, Long> byKindOnEnd = counts(em.createNativeQuery("""
                SELECT u.kind, count(*) FROM union_unit u WHERE u.path LIKE :prefix AND u.id <> :root
                AND u.founded_on <= :end AND (u.dissolved_on IS NULL OR u.dissolved_on > :end) GROUP BY u.kind
                """).setParameter("prefix", prefix).setParameter("root", root.id).setParameter("end", end));
        // 建家: a union has a 职工之家 on :end when it runs a WORKERS_HOME point open that day. An enterprise counts as
        // having one when its union does, so a joint union's home counts for every enterprise it covers.
        Object[] homes = (Object[]) em.createNativeQuery("""
                WITH sub AS (SELECT id, kind FROM union_unit WHERE path LIKE :prefix),
                homes AS (SELECT DISTINCT p.union_id FROM service_point p JOIN sub ON sub.id = p.union_id
                          WHERE p.kind = 'WORKERS_HOME' AND %s),
                large AS (SELECT e.union_id, sub.kind FROM enterprise e JOIN sub ON sub.id = e.union_id
                          WHERE e.headcount >= :threshold)
                SELECT (SELECT count(*) FROM large),
                       (SELECT count(*) FROM large WHERE kind NOT IN %s),
                       (SELECT count(*) FROM large WHERE kind NOT IN %s AND union_id IN (SELECT union_id FROM homes)),
                       (SELECT count(*) FROM homes h JOIN sub ON sub.id = h.union_id WHERE sub.kind NOT IN %s)
                """.formatted(OPEN_ON_END, FEDERATIONS, FEDERATIONS, FEDERATIONS)).setParameter("prefix", prefix)
                .setParameter("end", end).setParameter("threshold", threshold).getSingleResult();
        long covered = n(homes[1]);
        long withHome = n(homes[2]);
        Double rate = covered == 0 ? null : Math.round(10000.0 * withHome / covered) / 10000.0;
        // 涵盖企业: an enterprise is covered on :end when its history puts it under a grassroots union of the subtree that
        // day (a union not dissolved by then); "by the unions founded in the period" when that union was founded in it
        Object[] coverage = (Object[]) em.createNativeQuery("""
                WITH sub AS (SELECT id, founded_on FROM union_unit WHERE path LIKE :prefix AND kind NOT IN %s
                             AND (dissolved_on IS NULL OR dissolved_on > :end)),
                cov AS (SELECT c.enterprise_id, sub.founded_on FROM enterprise_coverage c JOIN sub ON sub.id = c.union_id
                        WHERE c.from_on <= :end AND (c.to_on IS NULL OR c.to_on > :end))
                SELECT (SELECT count(DISTINCT enterprise_id) FROM cov),
                       (SELECT count(DISTINCT enterprise_id) FROM cov WHERE founded_on BETWEEN :start AND :end)
                """.formatted(FEDERATIONS)).setParameter("prefix", prefix).setParameter("start", start)
                .setParameter("end", end).getSingleResult();
        return new MembershipStats(root.id, start, end, n(r[0]), foundedByKind, byKindOnEnd, n(r[1]), n(r[2]),
                n(coverage[0]), n(coverage[1]),
                new MembershipStats.EnterprisesAtLeast(threshold, n(homes[0]), covered, withHome, rate), bands(prefix), n(homes[3]),
                n(r[3]), n(r[4]), n(r[5]), n(r[6]), n(r[7]), n(r[8]), byKind, honours, servicePoints(prefix, start, end),
                areas(prefix, end), cadres(prefix, start, end), unionChanges(prefix, start, end),
                trainings(prefix, start, end));
    }

    private MembershipStats.TrainingFigures trainings(String prefix, LocalDate start, LocalDate end) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT t.mode, count(*),
                       sum(t.other_attendees + (SELECT count(*) FROM training_attendance a WHERE a.training_id = t.id))
                FROM training t JOIN union_unit u ON u.id = t.union_id
                WHERE u.path LIKE :prefix AND t.held_on BETWEEN :start AND :end GROUP BY t.mode
                """).setParameter("prefix", prefix).setParameter("start", start).setParameter("end", end).getResultList();
        Map<String, Long> sessions = new TreeMap<>();
        Map<String, Long> personTimes = new TreeMap<>();
        for (Object[] row : rows) {
            sessions.put((String) row[0], n(row[1]));
            personTimes.put((String) row[0], n(row[2]));
        }
        long trained = n(em.createNativeQuery("""
                SELECT count(DISTINCT a.cadre_id) FROM training_attendance a JOIN training t ON t.id = a.training_id
                JOIN union_unit u ON u.id = t.union_id WHERE u.path LIKE :prefix AND t.held_on BETWEEN :start AND :end
                """).setParameter("prefix", prefix).setParameter("start", start).setParameter("end", end).getSingleResult());
        return new MembershipStats.TrainingFigures(sessions.values().stream().mapToLong(Long::longValue).sum(),
                personTimes.values().stream().mapToLong(Long::longValue).sum(), trained, sessions, personTimes);
    }

    private MembershipStats.UnionChangeFigures unionChanges(String prefix, LocalDate start, LocalDate end) {
        Object[] row = (Object[]) em.createNativeQuery("""
                SELECT count(DISTINCT c.union_id) FILTER (WHERE c.kind = 'RENAME'),
                       count(DISTINCT c.union_id) FILTER (WHERE c.kind = 'LEGAL_PERSON'),
                       count(DISTINCT c.union_id)
                FROM union_change c JOIN union_unit u ON u.id = c.union_id
                WHERE u.path LIKE :prefix AND c.changed_on BETWEEN :start AND :end
                """).setParameter("prefix", prefix).setParameter("start", start).setParameter("end", end).getSingleResult();
        return new MembershipStats.UnionChangeFigures(n(row[0]), n(row[1]), n(row[2]));
    }

    private List<MembershipStats.AreaFigures> areas(String prefix, LocalDate end) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT a.kind, count(*),
                       count(*) FILTER (WHERE a.covered_on <= :end AND (c.dissolved_on IS NULL OR c.dissolved_on > :end))
                FROM area a JOIN union_unit u ON u.id = a.union_id LEFT JOIN union_unit c ON c.id = a.covered_by_union_id
                WHERE u.path LIKE :prefix GROUP BY a.kind ORDER BY a.kind
                """).setParameter("prefix", prefix).setParameter("end", end).getResultList();
        return rows.stream().map(row -> new MembershipStats.AreaFigures((String) row[0], n(row[1]), n(row[2]),
                n(row[1]) == 0 ? null : Math.round(10000.0 * n(row[2]) / n(row[1])) / 10000.0)).toList();
    }

    private MembershipStats.CadreFigures cadres(String prefix, LocalDate start, LocalDate end) {
        String inOffice = "c.from_on <= :end AND (c.to_on IS NULL OR c.to_on > :end)";
        Object[] totals = (Object[]) em.createNativeQuery("""
                SELECT count(*) FILTER (WHERE %1$s), count(*) FILTER (WHERE %1$s AND c.full_time),
                       count(*) FILTER (WHERE %1$s AND NOT c.full_time), count(*) FILTER (WHERE c.from_on BETWEEN :start AND :end)
                FROM cadre c JOIN union_unit u ON u.id = c.union_id WHERE u.path LIKE :prefix
                """.formatted(inOffice)).setParameter("prefix", prefix).setParameter("start", start).setParameter("end", end)
                .getSingleResult();
        Map<String, Long> byRole = counts(em.createNativeQuery("""
                SELECT c.role, count(*) FROM cadre c JOIN union_unit u ON u.id = c.union_id
                WHERE u.path LIKE :prefix AND %s GROUP BY c.role
                """.formatted(inOffice)).setParameter("prefix", prefix).setParameter("end", end));
        Map<String, Long> startedByRole = counts(em.createNativeQuery("""
                SELECT c.role, count(*) FROM cadre c JOIN union_unit u ON u.id = c.union_id
                WHERE u.path LIKE :prefix AND c.from_on BETWEEN :start AND :end GROUP BY c.role
                """).setParameter("prefix", prefix).setParameter("start", start).setParameter("end", end));
        return new MembershipStats.CadreFigures(n(totals[0]), n(totals[1]), n(totals[2]), byRole, n(totals[3]), startedByRole);
    }

    /** The lower bounds of the headcount bands; the last is open-ended. */
    static final int[] BANDS = {0, 20, 50, 100, 300, 1000};

    private List<MembershipStats.EnterpriseBand> bands(String prefix) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT width_bucket(e.headcount, ARRAY[20, 50, 100, 300, 1000]) AS band, e.ownership, count(*),
                       count(*) FILTER (WHERE u.kind NOT IN %s)
                FROM enterprise e JOIN union_unit u ON u.id = e.union_id WHERE u.path LIKE :prefix
                GROUP BY band, e.ownership ORDER BY band, e.ownership
                """.formatted(FEDERATIONS)).setParameter("prefix", prefix).getResultList();
        return rows.stream().map(row -> {
            int band = ((Number) row[0]).intValue();
            Integer max = band + 1 < BANDS.length ? BANDS[band + 1] - 1 : null;
            return new MembershipStats.EnterpriseBand(BANDS[band], max, (String) row[1], n(row[2]), n(row[3]));
        }).toList();
    }

    private List<MembershipStats.HonourFigures> honours(String prefix, LocalDate start, LocalDate end) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT h.kind, h.level, h.programme,
                       count(*) FILTER (WHERE h.nominated_on IS NOT NULL),
                       count(*) FILTER (WHERE h.status = 'NOMINATED'),
                       count(*) FILTER (WHERE h.status = 'CONFERRED'),
                       count(*) FILTER (WHERE h.status = 'NOT_CONFERRED'),
                       count(*) FILTER (WHERE h.status = 'REVOKED'),
                       coalesce(sum(h.reward_fen) FILTER (WHERE h.status = 'CONFERRED'), 0)
                FROM honour h JOIN union_unit u ON u.id = h.union_id
                WHERE u.path LIKE :prefix AND h.year BETWEEN :startYear AND :endYear
                GROUP BY h.kind, h.level, h.programme ORDER BY h.kind, h.level, h.programme NULLS FIRST
                """).setParameter("prefix", prefix).setParameter("startYear", start.getYear())
                .setParameter("endYear", end.getYear()).getResultList();
        return rows.stream().map(row -> new MembershipStats.HonourFigures((String) row[0], (String) row[1], (String) row[2],
                n(row[3]), n(row[4]), n(row[5]), n(row[6]), n(row[7]), n(row[8]))).toList();
    }

    private List<MembershipStats.ServicePointFigures> servicePoints(String prefix, LocalDate start, LocalDate end) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                WITH pts AS (SELECT p.* FROM service_point p JOIN union_unit u ON u.id = p.union_id WHERE u.path LIKE :prefix),
                paid AS (SELECT f.point_id, f.purpose, f.amount_fen FROM service_point_funding f JOIN pts ON pts.id = f.point_id
                         WHERE f.paid_on BETWEEN :start AND :end),
                checks AS (SELECT i.point_id, i.kind, i.result FROM service_point_inspection i JOIN pts ON pts.id = i.point_id
                           WHERE i.inspected_on BETWEEN :start AND :end),
                rated AS (SELECT DISTINCT r.point_id FROM service_point_rating r JOIN pts ON pts.id = r.point_id
                          WHERE r.rated_on BETWEEN :start AND :end)
                SELECT p.kind,
                       count(*) FILTER (WHERE %1$s),
                       count(*) FILTER (WHERE p.opened_on BETWEEN :start AND :end),
                       count(*) FILTER (WHERE p.closed_on BETWEEN :start AND :end),
                       count(*) FILTER (WHERE %1$s AND p.combined_with_union),
                       count(*) FILTER (WHERE %1$s AND p.mobile),
                       count(*) FILTER (WHERE p.id IN (SELECT point_id FROM paid)),
                       (SELECT coalesce(sum(paid.amount_fen), 0) FROM paid JOIN pts q ON q.id = paid.point_id WHERE q.kind = p.kind),
                       count(*) FILTER (WHERE p.id IN (SELECT point_id FROM checks WHERE kind = 'ACCEPTANCE' AND result = 'PASSED')),
                       count(*) FILTER (WHERE p.id IN (SELECT point_id FROM checks WHERE kind = 'STANDARDISATION' AND result = 'PASSED')),
                       count(*) FILTER (WHERE p.id IN (SELECT point_id FROM checks)),
                       count(*) FILTER (WHERE p.id IN (SELECT point_id FROM rated))
                FROM pts p GROUP BY p.kind ORDER BY p.kind
                """.formatted(OPEN_ON_END)).setParameter("prefix", prefix)
                .setParameter("start", start).setParameter("end", end).getResultList();
        Map<String, Map<String, Long>> byLevel = nested(em.createNativeQuery("""
                SELECT p.kind, p.recognition_level, count(*) FROM service_point p JOIN union_unit u ON u.id = p.union_id
                WHERE u.path LIKE :prefix AND p.recognition_level IS NOT NULL AND %s GROUP BY p.kind, p.recognition_level
                """.formatted(OPEN_ON_END)).setParameter("prefix", prefix).setParameter("end", end));
        Map<String, Map<String, Long>> fundedByPurpose = nested(em.createNativeQuery("""
                SELECT p.kind, f.purpose, count(DISTINCT p.id) FROM service_point_funding f
                JOIN service_point p ON p.id = f.point_id JOIN union_unit u ON u.id = p.union_id
                WHERE u.path LIKE :prefix AND f.paid_on BETWEEN :start AND :end GROUP BY p.kind, f.purpose
                """).setParameter("prefix", prefix).setParameter("start", start).setParameter("end", end));
        Map<String, Map<String, Long>> fundedFenByPurpose = nested(em.createNativeQuery("""
                SELECT p.kind, f.purpose, sum(f.amount_fen) FROM service_point_funding f
                JOIN service_point p ON p.id = f.point_id JOIN union_unit u ON u.id = p.union_id
                WHERE u.path LIKE :prefix AND f.paid_on BETWEEN :start AND :end GROUP BY p.kind, f.purpose
                """).setParameter("prefix", prefix).setParameter("start", start).setParameter("end", end));
        Map<String, Long> streets = counts(em.createNativeQuery("""
                SELECT p.kind, count(DISTINCT s.id) FROM union_unit s
                JOIN union_unit pu ON pu.path LIKE s.path || '%%' JOIN service_point p ON p.union_id = pu.id
                WHERE s.path LIKE :prefix AND s.kind = 'STREET_TOWN_FEDERATION' AND s.founded_on <= :end
                AND (s.dissolved_on IS NULL OR s.dissolved_on > :end) AND %s GROUP BY p.kind
                """.formatted(OPEN_ON_END)).setParameter("prefix", prefix).setParameter("end", end));
        return rows.stream().map(row -> {
            String kind = (String) row[0];
            return new MembershipStats.ServicePointFigures(kind, n(row[1]), n(row[2]), n(row[3]), n(row[4]), n(row[5]),
                    byLevel.getOrDefault(kind, Map.of()), n(row[6]), n(row[7]), fundedByPurpose.getOrDefault(kind, Map.of()),
                    fundedFenByPurpose.getOrDefault(kind, Map.of()), n(row[8]), n(row[9]), n(row[10]), n(row[11]),
                    streets.getOrDefault(kind, 0L));
        }).toList();
    }

    private static Map<String, Long> counts(Query query) {
        Map<String, Long> counts = new TreeMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        for (Object[] row : rows) {
            counts.put((String) row[0], n(row[1]));
        }
        return counts;
    }

    private static Map<String, Map<String, Long>> nested(Query query) {
        Map<String, Map<String, Long>> counts = new TreeMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        for (Object[] row : rows) {
            counts.computeIfAbsent((String) row[0], k -> new TreeMap<>()).put((String) row[1], n(row[2]));
        }
        return counts;
    }

    private static long n(Object o) {
        return ((Number) o).longValue();
    }
}
