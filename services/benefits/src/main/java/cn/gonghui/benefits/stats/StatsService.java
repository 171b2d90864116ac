package cn.gonghui.benefits.stats;

import static cn.gonghui.orgreplica.SubtreeFigures.n;

import cn.gonghui.benefits.activity.Activity;
import cn.gonghui.orgreplica.SubtreeFigures;
import cn.gonghui.orgreplica.SubtreeFigures.Period;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Figures for any union subtree and period, computed by SQL over cards, redemptions, sign-ups and attendance. */
@ApplicationScoped
public class StatsService {


    /**
     * Per group of activities starting in the period: the activities, their sessions in the period, confirmed
     * sign-ups, attendance (distinct members, rows) and walk-ins, women and young among those who attended.
     */
    private static final String ACTIVITY_FIGURES = """
            , acts AS (SELECT a.* FROM activity a JOIN sub ON sub.id = a.union_id
                       WHERE a.starts_on BETWEEN :start AND :end AND NOT a.cancelled),
            sess AS (SELECT s.* FROM activity_session s JOIN acts ON acts.id = s.activity_id WHERE s.held_on BETWEEN :start AND :end),
            att AS (SELECT t.*, s.activity_id, m.gender, m.birth_year, acts.starts_on FROM attendance t
                    JOIN sess s ON s.id = t.session_id JOIN acts ON acts.id = s.activity_id
                    LEFT JOIN replica_member m ON m.id = t.member_id)
            SELECT %1$s AS name,
              count(DISTINCT acts.id),
              count(DISTINCT acts.id) FILTER (WHERE acts.members_only),
              (SELECT count(*) FROM sess WHERE sess.activity_id IN (SELECT id FROM acts a2 WHERE %2$s)),
              (SELECT count(*) FROM signup g WHERE g.status = 'CONFIRMED' AND g.activity_id IN (SELECT id FROM acts a2 WHERE %2$s)),
              (SELECT count(DISTINCT att.member_id) FROM att WHERE att.activity_id IN (SELECT id FROM acts a2 WHERE %2$s)),
              (SELECT count(*) FROM att WHERE att.activity_id IN (SELECT id FROM acts a2 WHERE %2$s)),
              (SELECT coalesce(sum(walk_ins), 0) FROM sess WHERE sess.activity_id IN (SELECT id FROM acts a2 WHERE %2$s)),
              (SELECT count(DISTINCT att.member_id) FROM att WHERE att.gender = 'FEMALE'
                  AND att.activity_id IN (SELECT id FROM acts a2 WHERE %2$s)),
              (SELECT count(DISTINCT att.member_id) FROM att WHERE extract(year FROM att.starts_on) - att.birth_year < %3$d
                  AND att.activity_id IN (SELECT id FROM acts a2 WHERE %2$s)),
              coalesce(sum(acts.cost_fen), 0)
            FROM acts
            """;

    @Inject
    SubtreeFigures figures;

    /** 规模以上: the reports' "above designated size" is a revenue test; the replica knows headcount, so a headcount threshold stands in. */
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "gonghui.benefits.large-enterprise-headcount", defaultValue = "50")
    long largeEnterpriseHeadcount;

    public BenefitsStats of(long unionId, LocalDate from, LocalDate to) {
        Period p = figures.period(unionId, from, to);
        LocalDate start = p.start();
        LocalDate end = p.end();
        return new BenefitsStats(unionId, start, end, cards(p), merchants(p),
                activities(p, "'ALL'", "true", "").get(0),
                activities(p, "'MEMBERS_ONLY'", "a2.members_only", " WHERE acts.members_only").get(0),
                grouped(p, "category"), grouped(p, "audience"), grouped(p, "series"),
                employment(p), childcare(p), services(p), giveaways(p), skills(p), insurance(p), community(p));
    }




    private BenefitsStats.Cards cards(Period p) {
        String activeOnEnd = "c.status <> 'REPLACED' AND c.joined_on <= :end AND (c.left_on IS NULL OR c.left_on < c.joined_on OR c.left_on > :end)";
        Object[] r = (Object[]) figures.query("SELECT"
                + " (SELECT count(*) FROM card c JOIN sub ON sub.id = c.union_id WHERE c.issued_on BETWEEN :start AND :end),"
                + " (SELECT count(*) FROM card c JOIN sub ON sub.id = c.union_id WHERE " + activeOnEnd + "),"
                + " (SELECT count(*) FROM card c JOIN sub ON sub.id = c.union_id WHERE c.status = 'SUSPENDED' AND c.left_on BETWEEN :start AND :end),"
                + " (SELECT count(*) FROM card c JOIN sub ON sub.id = c.union_id WHERE " + activeOnEnd + " AND c.retired)", p)
                .getSingleResult();
        return new BenefitsStats.Cards(n(r[0]), n(r[1]), n(r[2]), n(r[3]));
    }

    private BenefitsStats.Merchants merchants(Period p) {
        Object[] r = (Object[]) figures.query("SELECT"
                + " (SELECT count(*) FROM merchant m JOIN sub ON sub.id = m.union_id WHERE m.joined_on <= :end AND (m.left_on IS NULL OR m.left_on > :end)),"
                + " (SELECT count(*) FROM merchant m JOIN sub ON sub.id = m.union_id WHERE m.joined_on BETWEEN :start AND :end),"
                + " (SELECT count(*) FROM merchant m JOIN sub ON sub.id = m.union_id WHERE m.left_on BETWEEN :start AND :end),"
                + " (SELECT count(*) FROM redemption r JOIN sub ON sub.id = r.union_id WHERE r.redeemed_on BETWEEN :start AND :end),"
                + " (SELECT count(DISTINCT r.member_id) FROM redemption r JOIN sub ON sub.id = r.union_id WHERE r.redeemed_on BETWEEN :start AND :end)", p)
                .getSingleResult();
        return new BenefitsStats.Merchants(n(r[0]), n(r[1]), n(r[2]), n(r[3]), n(r[4]));
    }


    private BenefitsStats.Employment employment(Period p) {
        Object[] f = figures.row("SELECT count(*), coalesce(sum(employers), 0), coalesce(sum(positions), 0), coalesce(sum(visitors), 0),"
                + " coalesce(sum(intentions), 0) FROM job_fair x JOIN sub ON sub.id = x.union_id WHERE x.held_on BETWEEN :start AND :end", p);
        Object[] j = figures.row("SELECT count(*), coalesce(sum(positions), 0) FROM job_posting x JOIN sub ON sub.id = x.union_id"
                + " WHERE x.published_on BETWEEN :start AND :end", p);
        return new BenefitsStats.Employment(n(f[0]), n(f[1]), n(f[2]), n(f[3]), n(f[4]), n(j[0]), n(j[1]));
    }

    private BenefitsStats.Childcare childcare(Period p) {
        Object[] d = figures.row("SELECT count(DISTINCT x.union_id), coalesce(sum(classes_requested), 0), coalesce(sum(children), 0)"
                + " FROM childcare_demand x JOIN sub ON sub.id = x.union_id WHERE x.reported_on BETWEEN :start AND :end", p);
        Object[] c = figures.row("SELECT count(*) FILTER (WHERE a.category = 'SUMMER_CHILDCARE'), count(*) FILTER (WHERE a.category = 'CHILDRENS_CAMP'),"
                + " (SELECT count(*) FROM child_enrolment e JOIN activity a2 ON a2.id = e.activity_id JOIN sub s2 ON s2.id = a2.union_id"
                + "    WHERE NOT e.cancelled AND a2.starts_on BETWEEN :start AND :end),"
                + " (SELECT count(*) FROM child_enrolment e JOIN activity a2 ON a2.id = e.activity_id JOIN sub s2 ON s2.id = a2.union_id"
                + "    WHERE NOT e.cancelled AND e.migrant AND a2.starts_on BETWEEN :start AND :end)"
                + " FROM activity a JOIN sub ON sub.id = a.union_id WHERE a.starts_on BETWEEN :start AND :end AND NOT a.cancelled", p);
        return new BenefitsStats.Childcare(n(d[0]), n(d[1]), n(d[2]), n(c[0]), n(c[1]), n(c[2]), n(c[3]));
    }

    private BenefitsStats.PurchasedServices services(Period p) {
        Object[] r = figures.row("SELECT count(*), coalesce(sum(budget_fen), 0),"
                + " (SELECT count(*) FROM service_delivery d JOIN service_project x2 ON x2.id = d.project_id JOIN sub s2 ON s2.id = x2.union_id"
                + "    WHERE d.delivered_on BETWEEN :start AND :end),"
                + " (SELECT coalesce(sum(d.person_times), 0) FROM service_delivery d JOIN service_project x2 ON x2.id = d.project_id"
                + "    JOIN sub s2 ON s2.id = x2.union_id WHERE d.delivered_on BETWEEN :start AND :end)"
                + " FROM service_project x JOIN sub ON sub.id = x.union_id WHERE x.starts_on <= :end AND x.ends_on >= :start", p);
        return new BenefitsStats.PurchasedServices(n(r[0]), n(r[1]), n(r[2]), n(r[3]));
    }

    private BenefitsStats.Giveaways giveaways(Period p) {
        Object[] r = figures.row("SELECT count(DISTINCT g.id), count(e.member_id), count(DISTINCT e.member_id), count(e.member_id) FILTER (WHERE e.won)"
                + " FROM giveaway g JOIN sub ON sub.id = g.union_id LEFT JOIN giveaway_entry e ON e.giveaway_id = g.id"
                + " WHERE g.opens_on BETWEEN :start AND :end", p);
        return new BenefitsStats.Giveaways(n(r[0]), n(r[1]), n(r[2]), n(r[3]));
    }

    private BenefitsStats.Community community(Period p) {
        java.util.Map<String, Long> byBody = new java.util.LinkedHashMap<>();
        for (Object[] r : figures.rows("SELECT a.body, count(DISTINCT a.member_id) FROM achievement a JOIN sub ON sub.id = a.union_id"
                + " WHERE a.kind = 'ASSOCIATION_MEMBERSHIP' AND a.obtained_on BETWEEN :start AND :end GROUP BY a.body ORDER BY a.body", p)) {
            byBody.put((String) r[0], n(r[1]));
        }
        Object[] r = (Object[]) figures.query("SELECT"
                + " (SELECT count(*) FROM interest_club c JOIN sub ON sub.id = c.union_id WHERE c.founded_on <= :end AND (c.closed_on IS NULL OR c.closed_on > :end)),"
                + " (SELECT count(*) FROM achievement a JOIN sub ON sub.id = a.union_id WHERE a.kind <> 'ASSOCIATION_MEMBERSHIP' AND a.obtained_on BETWEEN :start AND :end),"
                + " (SELECT count(DISTINCT (e.union_id, coalesce(e.enterprise_id, 0))) FROM competition_entry e JOIN sub ON sub.id = e.union_id"
                + "    JOIN activity a ON a.id = e.activity_id WHERE a.starts_on BETWEEN :start AND :end),"
                + " (SELECT count(*) FROM replica_enterprise x JOIN sub ON sub.id = x.union_id WHERE x.headcount >= :large),"
                + " (SELECT count(DISTINCT x.id) FROM replica_enterprise x JOIN sub ON sub.id = x.union_id JOIN competition_entry e ON e.enterprise_id = x.id"
                + "    JOIN activity a ON a.id = e.activity_id WHERE x.headcount >= :large AND a.starts_on BETWEEN :start AND :end),"
                + " (SELECT count(*) FROM online_course c JOIN sub ON sub.id = c.union_id WHERE c.opens_on BETWEEN :start AND :end),"
                + " (SELECT count(DISTINCT o.member_id) FROM online_enrolment o JOIN sub ON sub.id = o.union_id WHERE o.enrolled_on BETWEEN :start AND :end)", p)
                .setParameter("large", largeEnterpriseHeadcount).getSingleResult();
        return new BenefitsStats.Community(n(r[0]), byBody, n(r[1]), n(r[2]), largeEnterpriseHeadcount, n(r[3]), n(r[4]), n(r[5]), n(r[6]));
    }

    @SuppressWarnings("unchecked")
    private List<BenefitsStats.Insurance> insurance(Period p) {
        List<BenefitsStats.Insurance> out = new ArrayList<>();
        for (Object[] r : (List<Object[]>) figures.query("SELECT pl.id, pl.name, pl.kind,"
                + " (SELECT count(DISTINCT e.union_id) FROM enrolment e JOIN cover_period c ON c.id = e.period_id JOIN sub s2 ON s2.id = e.union_id"
                + "    WHERE e.plan_id = pl.id AND e.status = 'ENROLLED' AND :end BETWEEN c.starts_on AND c.ends_on),"
                + " (SELECT count(DISTINCT e.member_id) FROM enrolment e JOIN cover_period c ON c.id = e.period_id JOIN sub s2 ON s2.id = e.union_id"
                + "    WHERE e.plan_id = pl.id AND e.status = 'ENROLLED' AND :end BETWEEN c.starts_on AND c.ends_on),"
                + " (SELECT count(*) FROM claim k JOIN sub s3 ON s3.id = k.union_id WHERE k.plan_id = pl.id AND k.status = 'PAID'"
                + "    AND k.paid_on BETWEEN :start AND :end),"
                + " (SELECT coalesce(sum(k.paid_fen), 0) FROM claim k JOIN sub s3 ON s3.id = k.union_id WHERE k.plan_id = pl.id"
                + "    AND k.status = 'PAID' AND k.paid_on BETWEEN :start AND :end)"
                + " FROM insurance_plan pl WHERE pl.union_id IN (SELECT id FROM replica_union WHERE :path LIKE path || '%') OR pl.union_id IN (SELECT id FROM sub)"
                + " ORDER BY pl.id", p).setParameter("path", p.prefix().substring(0, p.prefix().length() - 1)).getResultList()) {
            out.add(new BenefitsStats.Insurance(n(r[0]), (String) r[1], (String) r[2], n(r[3]), n(r[4]), n(r[5]), n(r[6])));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private BenefitsStats.Skills skills(Period p) {
        java.util.Map<String, Long> byKind = new java.util.LinkedHashMap<>();
        for (Object[] k : (List<Object[]>) figures.query("SELECT q.kind, count(*) FROM qualification q JOIN sub ON sub.id = q.union_id"
                + " WHERE q.obtained_on BETWEEN :start AND :end GROUP BY q.kind ORDER BY q.kind", p).getResultList()) {
            byKind.put((String) k[0], n(k[1]));
        }
        long qualified = n(figures.query("SELECT count(DISTINCT q.member_id) FROM qualification q JOIN sub ON sub.id = q.union_id"
                + " WHERE q.obtained_on BETWEEN :start AND :end", p).getSingleResult());
        Object[] i = figures.row("SELECT count(*) FILTER (WHERE kind = 'PROPOSAL'), count(*) FILTER (WHERE kind = 'PROJECT'),"
                + " count(*) FILTER (WHERE kind = 'PROJECT' AND excellent), coalesce(sum(value_fen), 0)"
                + " FROM innovation x JOIN sub ON sub.id = x.union_id WHERE x.submitted_on BETWEEN :start AND :end", p);
        Object[] r = figures.row("SELECT count(*), count(*) FILTER (WHERE r.place <= 3) FROM competition_result r JOIN sub ON sub.id = r.union_id"
                + " JOIN activity a ON a.id = r.activity_id WHERE a.starts_on BETWEEN :start AND :end", p);
        return new BenefitsStats.Skills(byKind, qualified, n(i[0]), n(i[1]), n(i[2]), n(i[3]), n(r[0]), n(r[1]));
    }

    /** The activity figures per value of a column of activity (category, audience, series). */
    private List<BenefitsStats.Activities> grouped(Period p, String column) {
        return activities(p, "acts." + column, "a2." + column + " = acts." + column,
                " WHERE acts." + column + " IS NOT NULL GROUP BY acts." + column + " ORDER BY acts." + column);
    }

    /** One row per group: name, the condition that puts an activity a2 in the same group, and what follows FROM acts. */
    @SuppressWarnings("unchecked")
    private List<BenefitsStats.Activities> activities(Period p, String name, String sameGroup, String tail) {
        String sql = ACTIVITY_FIGURES.formatted(name, sameGroup, Activity.YOUNG_UNDER) + tail;
        List<BenefitsStats.Activities> out = new ArrayList<>();
        for (Object[] r : (List<Object[]>) figures.query(sql, p).getResultList()) {
            long walkIns = n(r[7]);
            out.add(new BenefitsStats.Activities((String) r[0], n(r[1]), n(r[2]), n(r[3]), n(r[4]), n(r[5]), n(r[6]) + walkIns, walkIns,
                    n(r[8]), n(r[9]), n(r[10])));
        }
        return out;
    }
}
