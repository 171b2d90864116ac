package cn.gonghui.mediation.stats;

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

    private static final String CASES = " FROM dispute_case d JOIN sub ON sub.id = d.union_id ";
    private static final String LEAD = " AND d.union_role = 'LEAD'";
    private static final String RECEIVED = " d.received_on BETWEEN :start AND :end";
    private static final String MEDIATED = " d.mediated_on BETWEEN :start AND :end";
    private static final String AGREED = "(SELECT coalesce(sum(t.amount_fen), 0) FROM agreement_term t WHERE t.case_id = d.id)";
    private static final String CLAIMED = "(SELECT coalesce(sum(cl.claimed_fen), 0) FROM claim cl WHERE cl.case_id = d.id)";
    private static final String PAID = "(SELECT coalesce(sum(p.amount_fen), 0) FROM payment p WHERE p.case_id = d.id AND p.paid_on <= :end)";

    @Inject
    SubtreeFigures figures;

    public MediationStats of(long unionId, LocalDate from, LocalDate to) {
        Period p = figures.period(unionId, from, to);
        LocalDate start = p.start();
        LocalDate end = p.end();
        return new MediationStats(unionId, start, end, cases(p), money(p), byCentre(p), files(p), legalAid(p), supervision(p),
                consultations(p));
    }





    private Map<String, Long> counts(String sql, Period p) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (Object[] r : figures.rows(sql, p)) {
            out.put((String) r[0], n(r[1]));
        }
        return out;
    }


    private MediationStats.Cases cases(Period p) {
        String openAtEnd = " d.received_on <= :end AND (d.concluded_on IS NULL OR d.concluded_on > :end)";
        Object[] r = figures.row("SELECT"
                + " count(*) FILTER (WHERE" + RECEIVED + LEAD + "),"
                + " coalesce(sum(d.workers_involved) FILTER (WHERE" + RECEIVED + LEAD + "), 0),"
                + " count(*) FILTER (WHERE" + RECEIVED + LEAD + " AND d.workers_involved >= 10),"
                + " coalesce(sum(d.workers_involved) FILTER (WHERE" + RECEIVED + LEAD + " AND d.workers_involved >= 10), 0),"
                + " count(*) FILTER (WHERE" + RECEIVED + " AND d.union_role = 'ASSISTING'),"
                + " coalesce(sum(d.workers_involved) FILTER (WHERE" + RECEIVED + " AND d.union_role = 'ASSISTING'), 0),"
                + " count(*) FILTER (WHERE" + MEDIATED + "),"
                + " coalesce(sum(d.workers_involved) FILTER (WHERE" + MEDIATED + "), 0),"
                + " count(*) FILTER (WHERE d.referred_on BETWEEN :start AND :end),"
                + " count(*) FILTER (WHERE d.withdrawn_on BETWEEN :start AND :end),"
                + " count(*) FILTER (WHERE" + openAtEnd + "),"
                + " count(*) FILTER (WHERE" + openAtEnd + " AND d.deadline_on < :end)"
                + CASES, p);
        long mediated = n(r[6]);
        long referred = n(r[8]);
        Double rate = mediated + referred == 0 ? null : Math.round(10000.0 * mediated / (mediated + referred)) / 10000.0;
        Map<String, Long> byChannel = counts("SELECT d.channel, count(*)" + CASES + "WHERE" + RECEIVED + LEAD
                + " GROUP BY d.channel ORDER BY d.channel", p);
        Map<String, Long> byCategory = counts("SELECT cl.category, count(*)" + CASES + "JOIN claim cl ON cl.case_id = d.id WHERE"
                + RECEIVED + LEAD + " GROUP BY cl.category ORDER BY cl.category", p);
        return new MediationStats.Cases(n(r[0]), n(r[1]), byChannel, byCategory, n(r[2]), n(r[3]), n(r[4]), n(r[5]), mediated,
                n(r[7]), referred, n(r[9]), rate, n(r[10]), n(r[11]));
    }

    private MediationStats.Money money(Period p) {
        Object[] r = figures.row("SELECT"
                + " (SELECT coalesce(sum(" + CLAIMED + "), 0)" + CASES + "WHERE" + RECEIVED + LEAD + "),"
                + " (SELECT coalesce(sum(" + CLAIMED + "), 0)" + CASES + "WHERE" + MEDIATED + "),"
                + " (SELECT coalesce(sum(" + AGREED + "), 0)" + CASES + "WHERE" + MEDIATED + "),"
                + " (SELECT coalesce(sum(" + PAID + "), 0)" + CASES + "WHERE" + MEDIATED + "),"
                + " (SELECT coalesce(sum(pp.amount_fen), 0) FROM payment pp JOIN dispute_case d ON d.id = pp.case_id"
                + "    JOIN sub ON sub.id = d.union_id WHERE pp.paid_on BETWEEN :start AND :end)", p);
        return new MediationStats.Money(n(r[0]), n(r[1]), n(r[2]), n(r[3]), n(r[4]));
    }

    private List<MediationStats.Centre> byCentre(Period p) {
        List<MediationStats.Centre> out = new ArrayList<>();
        for (Object[] r : figures.rows("SELECT c.id, c.name, c.kind, c.union_id,"
                + " count(d.id) FILTER (WHERE" + RECEIVED + LEAD + "),"
                + " count(d.id) FILTER (WHERE" + MEDIATED + "),"
                + " coalesce(sum(" + AGREED + ") FILTER (WHERE" + MEDIATED + "), 0)"
                + " FROM centre c JOIN sub ON sub.id = c.union_id LEFT JOIN dispute_case d ON d.centre_id = c.id"
                + " GROUP BY c.id ORDER BY c.id", p)) {
            out.add(new MediationStats.Centre(n(r[0]), (String) r[1], (String) r[2], n(r[3]), n(r[4]), n(r[5]), n(r[6])));
        }
        return out;
    }

    private List<MediationStats.Files> files(Period p) {
        List<MediationStats.Files> out = new ArrayList<>();
        for (Object[] r : figures.rows("SELECT d.file_type, d.union_id, u.name, count(*), coalesce(sum(d.workers_involved), 0),"
                + " coalesce(sum(" + CLAIMED + "), 0), coalesce(sum(" + AGREED + "), 0), coalesce(sum(" + PAID + "), 0)"
                + CASES + "LEFT JOIN replica_union u ON u.id = d.union_id WHERE d.filed_on BETWEEN :start AND :end"
                + " GROUP BY GROUPING SETS ((d.file_type), (d.file_type, d.union_id, u.name))"
                + " ORDER BY d.file_type, d.union_id NULLS FIRST", p)) {
            out.add(new MediationStats.Files((String) r[0], r[1] == null ? null : n(r[1]), (String) r[2], n(r[3]), n(r[4]), n(r[5]),
                    n(r[6]), n(r[7])));
        }
        return out;
    }

    private MediationStats.LegalAid legalAid(Period p) {
        Object[] r = figures.row("SELECT"
                + " count(*) FILTER (WHERE l.accepted_on BETWEEN :start AND :end),"
                + " coalesce(sum(l.amount_at_stake_fen) FILTER (WHERE l.accepted_on BETWEEN :start AND :end), 0),"
                + " coalesce(sum(l.workers_involved) FILTER (WHERE l.accepted_on BETWEEN :start AND :end), 0),"
                + " count(*) FILTER (WHERE l.closed_on BETWEEN :start AND :end),"
                + " coalesce(sum(l.amount_won_fen) FILTER (WHERE l.closed_on BETWEEN :start AND :end), 0)"
                + " FROM legal_aid_case l JOIN sub ON sub.id = l.union_id", p);
        return new MediationStats.LegalAid(n(r[0]), n(r[1]), n(r[2]), n(r[3]), n(r[4]));
    }

    private MediationStats.Supervision supervision(Period p) {
        String inOffice = "a.appointed_on <= :end AND (a.ended_on IS NULL OR a.ended_on > :end)";
        Object[] r = figures.row("SELECT"
                + " count(*) FILTER (WHERE a.role = 'LABOUR_LAW_SUPERVISOR' AND " + inOffice + "),"
                + " count(*) FILTER (WHERE a.role = 'TRIPARTITE_COORDINATOR' AND " + inOffice + "),"
                + " count(DISTINCT a.union_id) FILTER (WHERE a.role = 'TRIPARTITE_COORDINATOR' AND " + inOffice + ")"
                + " FROM appointment a JOIN sub ON sub.id = a.union_id", p);
        Object[] i = figures.row("SELECT count(*), count(*) FILTER (WHERE i.joint), count(DISTINCT i.enterprise_id)"
                + " FROM inspection i JOIN sub ON sub.id = i.union_id WHERE i.inspected_on BETWEEN :start AND :end", p);
        Object[] h = figures.row("SELECT count(*) FILTER (WHERE h.reported_on BETWEEN :start AND :end),"
                + " count(*) FILTER (WHERE h.status = 'FIXED' AND h.resolved_on BETWEEN :start AND :end),"
                + " count(*) FILTER (WHERE h.reported_on <= :end AND (h.resolved_on IS NULL OR h.resolved_on > :end))"
                + " FROM hazard_report h JOIN sub ON sub.id = h.union_id", p);
        return new MediationStats.Supervision(n(r[0]), n(r[1]), n(r[2]), n(i[0]), n(i[1]), n(i[2]), n(h[0]), n(h[1]), n(h[2]));
    }

    private MediationStats.Consultations consultations(Period p) {
        String from = " FROM consultation c JOIN sub ON sub.id = c.union_id WHERE c.consulted_on BETWEEN :start AND :end";
        Object[] r = figures.row("SELECT coalesce(sum(c.person_times), 0), count(*)" + from, p);
        return new MediationStats.Consultations(n(r[0]), n(r[1]),
                counts("SELECT c.channel, sum(c.person_times)" + from + " GROUP BY c.channel ORDER BY c.channel", p),
                counts("SELECT c.topic, sum(c.person_times)" + from + " GROUP BY c.topic ORDER BY c.topic", p));
    }
}
