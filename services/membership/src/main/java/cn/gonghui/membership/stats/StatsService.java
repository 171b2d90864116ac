package cn.gonghui.membership.stats;

import cn.gonghui.membership.union.Union;
import cn.gonghui.membership.union.UnionService;
import cn.gonghui.problems.ProblemException;
import cn.gonghui.scope.UnionScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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

    public MembershipStats of(long unionId, LocalDate from, LocalDate to) {
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
        @SuppressWarnings("unchecked")
        List<Object[]> honours = em.createNativeQuery("""
                SELECT h.kind, count(*) FROM honour h JOIN union_unit u ON u.id = h.union_id
                WHERE u.path LIKE :prefix AND h.year BETWEEN :startYear AND :endYear GROUP BY h.kind
                """).setParameter("prefix", prefix).setParameter("startYear", start.getYear())
                .setParameter("endYear", end.getYear()).getResultList();
        Map<String, Long> byKind = new TreeMap<>();
        for (Object[] row : honours) {
            byKind.put((String) row[0], ((Number) row[1]).longValue());
        }
        return new MembershipStats(root.id, start, end, n(r[0]), n(r[1]), n(r[2]), n(r[3]), n(r[4]), n(r[5]), n(r[6]),
                n(r[7]), n(r[8]), byKind);
    }

    private static long n(Object o) {
        return ((Number) o).longValue();
    }
}
