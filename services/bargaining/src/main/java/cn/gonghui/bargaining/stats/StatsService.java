package cn.gonghui.bargaining.stats;

import static cn.gonghui.orgreplica.SubtreeFigures.n;

import cn.gonghui.orgreplica.SubtreeFigures;
import cn.gonghui.orgreplica.SubtreeFigures.Period;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Figures for any union subtree and period, computed by SQL over the records of the work and the replica. */
@ApplicationScoped
public class StatsService {


    /** Contracts in force as of the end of the period. */
    private static final String IN_FORCE = "c.in_force_from IS NOT NULL AND c.in_force_from <= :end AND c.expires_on >= :end";

    /** Enterprises of the subtree. */
    private static final String ENTERPRISES = " FROM replica_enterprise e JOIN sub ON sub.id = e.union_id ";

    @Inject
    SubtreeFigures figures;

    public BargainingStats of(long unionId, LocalDate from, LocalDate to) {
        Period p = figures.period(unionId, from, to);
        LocalDate start = p.start();
        LocalDate end = p.end();
        List<BargainingStats.Stock> byKind = new ArrayList<>();
        for (String kind : List.of("COMPREHENSIVE", "WAGE", "WOMEN_WORKERS")) {
            byKind.add(stock(p, kind));
        }
        return new BargainingStats(unionId, start, end, stock(p, null), byKind, flows(p), coverage(p), inspections(p), instructors(p),
                models(p), democracy(p), relations(p));
    }






    private static Double rate(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 10000.0 / whole) / 10000.0;
    }

    private BargainingStats.Stock stock(Period p, String kind) {
        String ofKind = kind == null ? "" : " AND c.kind = '" + kind + "'";
        Object[] contracts = figures.row("SELECT count(*), count(*) FILTER (WHERE c.scope = 'SINGLE'), count(*) FILTER (WHERE c.scope = 'REGIONAL'),"
                + " count(*) FILTER (WHERE c.scope = 'INDUSTRY'),"
                + " count(*) FILTER (WHERE c.renewal_opens_on <= :end AND NOT EXISTS (SELECT 1 FROM contract r WHERE r.renews_id = c.id"
                + "   AND r.signed_on <= :end))"
                + " FROM contract c JOIN sub ON sub.id = c.union_id WHERE " + IN_FORCE + ofKind, p);
        Object[] covered = figures.row("SELECT count(*), coalesce(sum(w.workers), 0), count(*) FILTER (WHERE w.headcount >= 100)"
                + " FROM (SELECT ce.enterprise_id, max(ce.workers) AS workers, max(e.headcount) AS headcount"
                + "   FROM contract c JOIN contract_enterprise ce ON ce.contract_id = c.id"
                + "   JOIN replica_enterprise e ON e.id = ce.enterprise_id JOIN sub ON sub.id = e.union_id"
                + "   WHERE " + IN_FORCE + ofKind + " GROUP BY ce.enterprise_id) w", p);
        return new BargainingStats.Stock(kind == null ? "ALL" : kind, n(contracts[0]), n(contracts[1]), n(contracts[2]), n(contracts[3]),
                n(covered[0]), n(covered[1]), n(covered[2]), n(contracts[4]));
    }

    private BargainingStats.Flows flows(Period p) {
        String from = " FROM contract c JOIN sub ON sub.id = c.union_id";
        Object[] r = figures.row("SELECT"
                + " count(*) FILTER (WHERE c.offered_on BETWEEN :start AND :end),"
                + " count(*) FILTER (WHERE c.answered_late AND c.answered_on BETWEEN :start AND :end),"
                + " count(*) FILTER (WHERE c.answer_due_on < :end AND (c.answered_on IS NULL OR c.answered_on > :end)"
                + "   AND (c.closed_on IS NULL OR c.closed_on > :end)),"
                + " count(*) FILTER (WHERE c.signed_on BETWEEN :start AND :end),"
                + " count(*) FILTER (WHERE c.signed_on BETWEEN :start AND :end AND c.renews_id IS NOT NULL),"
                + " count(*) FILTER (WHERE c.filed_on BETWEEN :start AND :end),"
                + " count(*) FILTER (WHERE c.filed_on BETWEEN :start AND :end AND c.filed_late),"
                + " count(*) FILTER (WHERE c.effective_on BETWEEN :start AND :end),"
                + " count(*) FILTER (WHERE c.effective_on BETWEEN :start AND :end AND c.deemed_effective),"
                + " count(*) FILTER (WHERE c.expired_on BETWEEN :start AND :end)" + from, p);
        Map<String, Long> byKind = new LinkedHashMap<>();
        for (Object[] k : figures.rows("SELECT c.kind, count(*)" + from + " WHERE c.signed_on BETWEEN :start AND :end GROUP BY 1 ORDER BY 1", p)) {
            byKind.put((String) k[0], n(k[1]));
        }
        Map<String, Long> byScope = new LinkedHashMap<>();
        for (Object[] s : figures.rows("SELECT c.scope, count(*)" + from + " WHERE c.signed_on BETWEEN :start AND :end GROUP BY 1 ORDER BY 1", p)) {
            byScope.put((String) s[0], n(s[1]));
        }
        return new BargainingStats.Flows(n(r[0]), n(r[1]), n(r[2]), n(r[3]), byKind, byScope, n(r[4]), n(r[5]), n(r[6]), n(r[7]), n(r[8]),
                n(r[9]));
    }

    private BargainingStats.Coverage coverage(Period p) {
        Object[] r = figures.row("SELECT count(*) FILTER (WHERE e.covered), count(*) FILTER (WHERE e.covered AND under),"
                + " count(*) FILTER (WHERE e.headcount >= 100), count(*) FILTER (WHERE e.headcount >= 100 AND under)"
                + " FROM (SELECT e.*, EXISTS (SELECT 1 FROM contract_enterprise ce JOIN contract c ON c.id = ce.contract_id"
                + "   WHERE ce.enterprise_id = e.id AND " + IN_FORCE + ") AS under" + ENTERPRISES + ") e", p);
        return new BargainingStats.Coverage(n(r[0]), n(r[1]), rate(n(r[1]), n(r[0])), n(r[2]), n(r[3]), rate(n(r[3]), n(r[2])));
    }

    private BargainingStats.Inspections inspections(Period p) {
        Object[] a = figures.row("SELECT count(*), count(DISTINCT a.enterprise_id), count(*) FILTER (WHERE a.passed),"
                + " count(DISTINCT split_part(sub.path, '/', 3)) FILTER (WHERE split_part(sub.path, '/', 3) <> '')"
                + " FROM archive_inspection a JOIN sub ON sub.id = a.union_id WHERE a.inspected_on BETWEEN :start AND :end", p);
        Object[] t = figures.row("SELECT count(*), count(DISTINCT t.union_id),"
                + " count(DISTINCT split_part(sub.path, '/', 3)) FILTER (WHERE split_part(sub.path, '/', 3) <> '')"
                + " FROM tripartite_inspection t JOIN sub ON sub.id = t.union_id WHERE t.inspected_on BETWEEN :start AND :end", p);
        return new BargainingStats.Inspections(n(a[0]), n(a[1]), n(a[2]), n(a[3]), n(t[0]), n(t[1]), n(t[2]));
    }

    private Map<String, Long> instructors(Period p) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (String level : List.of("PROVINCIAL", "MUNICIPAL", "DISTRICT")) {
            out.put(level, 0L);
        }
        for (Object[] r : figures.rows("SELECT i.level, count(*) FROM instructor i JOIN sub ON sub.id = i.union_id"
                + " WHERE i.appointed_on <= :end AND (i.left_on IS NULL OR i.left_on >= :end) GROUP BY 1", p)) {
            out.put((String) r[0], n(r[1]));
        }
        return out;
    }

    private BargainingStats.ModelEnterprises models(Period p) {
        int year = p.end().getYear();
        Query q = figures.query("SELECT (SELECT count(*) FROM model_enterprise m JOIN sub ON sub.id = m.union_id WHERE m.year = :year),"
                + " (SELECT count(*) FROM model_enterprise m JOIN sub ON sub.id = m.union_id JOIN replica_enterprise e ON e.id = m.enterprise_id"
                + "   WHERE m.year = :year AND e.headcount >= 100),"
                + " (SELECT count(*)" + ENTERPRISES + " WHERE e.headcount >= 100)", p);
        q.setParameter("year", year);
        Object[] r = (Object[]) q.getSingleResult();
        return new BargainingStats.ModelEnterprises(year, n(r[0]), n(r[1]), n(r[2]), rate(n(r[1]), n(r[2])));
    }

    private List<BargainingStats.Democracy> democracy(Period p) {
        List<BargainingStats.Democracy> out = new ArrayList<>();
        String columns = "count(*), count(*) FILTER (WHERE d.open_affairs_since <= :end), count(*) FILTER (WHERE d.congress_since <= :end),"
                + " count(*) FILTER (WHERE d.record_complete),"
                + " count(*) FILTER (WHERE EXISTS (SELECT 1 FROM congress_session s WHERE s.enterprise_id = e.id"
                + "   AND s.held_on BETWEEN :start AND :end))"
                + ENTERPRISES + " LEFT JOIN democratic_management d ON d.enterprise_id = e.id";
        for (Object[] r : figures.rows("SELECT coalesce(e.ownership, 'UNKNOWN'), " + columns + " GROUP BY 1 ORDER BY 1", p)) {
            out.add(democracy((String) r[0], r));
        }
        out.add(democracy("ALL", figures.row("SELECT 'ALL', " + columns, p)));
        return out;
    }

    private BargainingStats.Relations relations(Period p) {
        Object[] r = figures.row("SELECT"
                + " (SELECT count(*) FROM csr_record c JOIN sub ON sub.id = c.union_id WHERE c.joined_on BETWEEN :start AND :end),"
                + " (SELECT count(*) FROM csr_record c JOIN sub ON sub.id = c.union_id WHERE c.grade = 'A' AND c.graded_on <= :end),"
                + " (SELECT count(*) FROM csr_record c JOIN sub ON sub.id = c.union_id WHERE c.grade = 'A'"
                + "   AND c.reviewed_on BETWEEN :start AND :end),"
                + " (SELECT count(DISTINCT h.enterprise_id) FROM harmony_site h JOIN sub ON sub.id = h.union_id WHERE h.designated_on <= :end),"
                + " (SELECT count(*) FROM harmony_sample h JOIN sub ON sub.id = h.union_id WHERE h.completed_on BETWEEN :start AND :end),"
                + " (SELECT count(*) FROM bargaining_training t JOIN sub ON sub.id = t.union_id WHERE t.held_on BETWEEN :start AND :end),"
                + " (SELECT coalesce(sum(t.chairs_attending), 0) FROM bargaining_training t JOIN sub ON sub.id = t.union_id"
                + "   WHERE t.held_on BETWEEN :start AND :end),"
                + " (SELECT coalesce(sum(t.others_attending), 0) FROM bargaining_training t JOIN sub ON sub.id = t.union_id"
                + "   WHERE t.held_on BETWEEN :start AND :end)", p);
        Map<String, Long> sites = new LinkedHashMap<>();
        for (Object[] s : figures.rows("SELECT h.level, count(*) FROM harmony_site h JOIN sub ON sub.id = h.union_id"
                + " WHERE h.designated_on BETWEEN :start AND :end GROUP BY 1 ORDER BY 1", p)) {
            sites.put((String) s[0], n(s[1]));
        }
        return new BargainingStats.Relations(n(r[0]), n(r[1]), n(r[2]), sites, n(r[3]), n(r[4]), n(r[5]), n(r[6]), n(r[7]));
    }

    private static BargainingStats.Democracy democracy(String ownership, Object[] r) {
        long all = n(r[1]);
        return new BargainingStats.Democracy(ownership, all, n(r[2]), rate(n(r[2]), all), n(r[3]), rate(n(r[3]), all), n(r[4]),
                rate(n(r[4]), all), n(r[5]));
    }
}
