package cn.gonghui.assistance.stats;

import static cn.gonghui.orgreplica.SubtreeFigures.n;

import cn.gonghui.orgreplica.SubtreeFigures;
import cn.gonghui.orgreplica.SubtreeFigures.Period;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Figures for any union subtree and period, computed by SQL over the records of the work. */
@ApplicationScoped
public class StatsService {


    /** Grants given in the period: paid for cash, delivered for help in kind (status DISBURSED either way). */
    private static final String GIVEN = " FROM grant_application g JOIN sub ON sub.id = g.union_id JOIN campaign c ON c.id = g.campaign_id"
            + " WHERE g.status = 'DISBURSED' AND g.disbursed_on BETWEEN :start AND :end ";

    private static final String GRANT_FIGURES = "count(DISTINCT g.person_id), count(*), count(DISTINCT g.household_key),"
            + " count(DISTINCT g.person_id) FILTER (WHERE g.gender = 'FEMALE'), count(DISTINCT g.person_id) FILTER (WHERE g.migrant),"
            + " count(DISTINCT g.household_key) FILTER (WHERE g.migrant),"
            + " coalesce(sum(g.amount_fen) FILTER (WHERE c.help = 'CASH'), 0), coalesce(sum(g.amount_fen) FILTER (WHERE c.help = 'IN_KIND'), 0)";

    @Inject
    SubtreeFigures figures;

    public AssistanceStats of(long unionId, LocalDate from, LocalDate to) {
        Period p = figures.period(unionId, from, to);
        LocalDate start = p.start();
        LocalDate end = p.end();
        return new AssistanceStats(unionId, start, end, hardship(p), applications(p), byCampaign(p), byKind(p), total(p), byCategory(p), funds(p),
                donations(p), visits(p), allocations(p));
    }





    private AssistanceStats.Hardship hardship(Period p) {
        String openOnEnd = "f.registered_on <= :end AND (f.exited_on IS NULL OR f.exited_on > :end)";
        Object[] r = (Object[]) figures.query("SELECT"
                + " (SELECT count(*) FROM hardship_file f JOIN sub ON sub.id = f.union_id WHERE " + openOnEnd + "),"
                + " (SELECT count(*) FROM hardship_file f JOIN sub ON sub.id = f.union_id WHERE f.registered_on BETWEEN :start AND :end),"
                + " (SELECT count(*) FROM hardship_file f JOIN sub ON sub.id = f.union_id WHERE f.exited_on BETWEEN :start AND :end),"
                + " (SELECT count(DISTINCT v.file_id) FROM home_visit v JOIN hardship_file f ON f.id = v.file_id JOIN sub ON sub.id = f.union_id"
                + "    WHERE v.visited_on BETWEEN :start AND :end),"
                + " (SELECT count(*) FROM hardship_file f JOIN sub ON sub.id = f.union_id WHERE " + openOnEnd + " AND f.review_due_on <= :end)", p)
                .getSingleResult();
        List<AssistanceStats.Cause> causes = new ArrayList<>();
        for (Object[] c : figures.rows("SELECT cause,"
                + " count(*) FILTER (WHERE " + openOnEnd + "),"
                + " count(*) FILTER (WHERE " + openOnEnd + " AND f.gender = 'FEMALE'),"
                + " count(*) FILTER (WHERE visited),"
                + " count(*) FILTER (WHERE visited AND f.gender = 'FEMALE')"
                + " FROM (SELECT f.*, EXISTS (SELECT 1 FROM home_visit v WHERE v.file_id = f.id AND v.visited_on BETWEEN :start AND :end) AS visited"
                + "       FROM hardship_file f JOIN sub ON sub.id = f.union_id) f, unnest(f.causes) AS cause"
                + " GROUP BY cause ORDER BY cause", p)) {
            causes.add(new AssistanceStats.Cause((String) c[0], n(c[1]), n(c[2]), n(c[3]), n(c[4])));
        }
        return new AssistanceStats.Hardship(n(r[0]), n(r[1]), n(r[2]), n(r[3]), n(r[4]), causes);
    }

    private List<AssistanceStats.Applications> applications(Period p) {
        List<AssistanceStats.Applications> out = new ArrayList<>();
        for (Object[] r : figures.rows("SELECT c.id, c.name, c.kind, count(*), count(DISTINCT g.person_id),"
                + " count(*) FILTER (WHERE g.status IN ('SUBMITTED', 'VERIFIED', 'APPROVED')), count(*) FILTER (WHERE g.status = 'REJECTED')"
                + " FROM grant_application g JOIN sub ON sub.id = g.union_id JOIN campaign c ON c.id = g.campaign_id"
                + " WHERE g.submitted_on BETWEEN :start AND :end GROUP BY c.id ORDER BY c.id", p)) {
            out.add(new AssistanceStats.Applications(n(r[0]), (String) r[1], (String) r[2], n(r[3]), n(r[4]), n(r[5]), n(r[6])));
        }
        return out;
    }

    private List<AssistanceStats.Grants> byCampaign(Period p) {
        List<AssistanceStats.Grants> out = new ArrayList<>();
        for (Object[] r : figures.rows("SELECT c.id, c.name, c.kind, c.help, " + GRANT_FIGURES + GIVEN + " GROUP BY c.id ORDER BY c.id", p)) {
            out.add(grants(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3], r, 4));
        }
        return out;
    }

    private List<AssistanceStats.Grants> byKind(Period p) {
        List<AssistanceStats.Grants> out = new ArrayList<>();
        for (Object[] r : figures.rows("SELECT c.kind, " + GRANT_FIGURES + GIVEN + " GROUP BY c.kind ORDER BY c.kind", p)) {
            out.add(grants(null, (String) r[0], (String) r[0], null, r, 1));
        }
        return out;
    }

    private AssistanceStats.Grants total(Period p) {
        Object[] r = (Object[]) figures.query("SELECT " + GRANT_FIGURES + GIVEN, p).getSingleResult();
        return grants(null, "ALL", null, null, r, 0);
    }

    private static AssistanceStats.Grants grants(Long campaignId, String name, String kind, String help, Object[] r, int at) {
        return new AssistanceStats.Grants(campaignId, name, kind, help, n(r[at]), n(r[at + 1]), n(r[at + 2]), n(r[at + 3]),
                n(r[at + 4]), n(r[at + 5]), n(r[at + 6]), n(r[at + 7]));
    }

    private Map<String, Long> byCategory(Period p) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (Object[] r : figures.rows("SELECT g.category, count(DISTINCT g.person_id)" + GIVEN + " GROUP BY g.category ORDER BY g.category", p)) {
            out.put((String) r[0], n(r[1]));
        }
        return out;
    }

    private List<AssistanceStats.Fund> funds(Period p) {
        List<AssistanceStats.Fund> out = new ArrayList<>();
        String in = " AND l.posted_on BETWEEN :start AND :end";
        for (Object[] r : figures.rows("SELECT f.id, f.name, f.kind,"
                + " coalesce(sum(l.amount_fen) FILTER (WHERE l.account = 'FUND' AND l.kind = 'DONATION'" + in + "), 0),"
                + " coalesce(sum(l.amount_fen) FILTER (WHERE l.account = 'FUND' AND l.kind = 'INCOME'" + in + "), 0),"
                + " coalesce(sum(l.amount_fen) FILTER (WHERE l.account = 'FUND' AND l.kind = 'TRANSFER' AND l.amount_fen > 0" + in + "), 0),"
                + " coalesce(-sum(l.amount_fen) FILTER (WHERE l.account = 'FUND' AND l.kind = 'TRANSFER' AND l.amount_fen < 0" + in + "), 0),"
                + " coalesce(sum(l.amount_fen) FILTER (WHERE l.account = 'GRANTS_PAID'" + in + "), 0),"
                + " coalesce(sum(l.amount_fen) FILTER (WHERE l.account = 'UNIT_ALLOCATIONS'" + in + "), 0),"
                + " coalesce(sum(l.amount_fen) FILTER (WHERE l.account = 'GRANTS_PAYABLE' AND l.posted_on <= :end), 0),"
                + " coalesce(sum(l.amount_fen) FILTER (WHERE l.account = 'FUND' AND l.posted_on <= :end), 0)"
                + " FROM fund f JOIN sub ON sub.id = f.union_id LEFT JOIN ledger_line l ON l.fund_id = f.id"
                + " GROUP BY f.id ORDER BY f.id", p)) {
            out.add(new AssistanceStats.Fund(n(r[0]), (String) r[1], (String) r[2], n(r[3]), n(r[4]), n(r[5]), n(r[6]), n(r[7]),
                    n(r[8]), n(r[9]), n(r[10])));
        }
        return out;
    }

    private AssistanceStats.Donations donations(Period p) {
        String from = " FROM donation d JOIN sub ON sub.id = d.union_id WHERE d.received_on BETWEEN :start AND :end AND d.reversed_on IS NULL";
        Object[] total = (Object[]) figures.query("SELECT count(*), coalesce(sum(d.amount_fen), 0)" + from, p).getSingleResult();
        Map<String, Long> byDrive = new LinkedHashMap<>();
        for (Object[] r : figures.rows("SELECT coalesce(d.drive, ''), sum(d.amount_fen)" + from + " GROUP BY 1 ORDER BY 1", p)) {
            byDrive.put((String) r[0], n(r[1]));
        }
        List<AssistanceStats.Donor> donors = new ArrayList<>();
        for (Object[] r : figures.rows("SELECT d.donor_name, d.donor_kind, count(*), sum(d.amount_fen)" + from
                + " GROUP BY d.donor_name, d.donor_kind ORDER BY sum(d.amount_fen) DESC, d.donor_name LIMIT 10", p)) {
            donors.add(new AssistanceStats.Donor((String) r[0], (String) r[1], n(r[2]), n(r[3])));
        }
        Object[] commended = (Object[]) figures.query("SELECT count(DISTINCT c.donor_name) FILTER (WHERE c.donor_kind = 'UNIT'),"
                + " count(DISTINCT c.donor_name) FILTER (WHERE c.donor_kind = 'PERSON')"
                + " FROM donor_commendation c JOIN sub ON sub.id = c.union_id WHERE c.commended_on BETWEEN :start AND :end", p)
                .getSingleResult();
        return new AssistanceStats.Donations(n(total[0]), n(total[1]), byDrive, donors, n(commended[0]), n(commended[1]));
    }

    private AssistanceStats.Visits visits(Period p) {
        String from = " FROM visit v JOIN sub ON sub.id = v.union_id WHERE v.visited_on BETWEEN :start AND :end";
        Object[] r = (Object[]) figures.query("SELECT count(*), coalesce(sum(v.people_reached), 0), count(DISTINCT v.file_id),"
                + " count(DISTINCT v.enterprise_id), count(*) FILTER (WHERE v.target = 'MODEL_WORKER')" + from, p).getSingleResult();
        Map<String, Long> byTarget = new LinkedHashMap<>();
        for (Object[] t : figures.rows("SELECT v.target, count(*)" + from + " GROUP BY v.target ORDER BY v.target", p)) {
            byTarget.put((String) t[0], n(t[1]));
        }
        return new AssistanceStats.Visits(n(r[0]), n(r[1]), byTarget, n(r[2]), n(r[3]), n(r[4]));
    }

    private AssistanceStats.Allocations allocations(Period p) {
        String from = " FROM unit_allocation a JOIN sub ON sub.id = a.union_id WHERE a.allocated_on BETWEEN :start AND :end";
        Object[] r = (Object[]) figures.query("SELECT count(*), coalesce(sum(a.amount_fen), 0),"
                + " count(DISTINCT a.union_id) FILTER (WHERE a.recipient_kind = 'UNION'), count(DISTINCT a.enterprise_id)" + from, p)
                .getSingleResult();
        Map<String, Long> byKind = new LinkedHashMap<>();
        for (Object[] k : figures.rows("SELECT a.recipient_kind, sum(a.amount_fen)" + from + " GROUP BY 1 ORDER BY 1", p)) {
            byKind.put((String) k[0], n(k[1]));
        }
        return new AssistanceStats.Allocations(n(r[0]), n(r[1]), n(r[2]), n(r[3]), byKind);
    }
}
