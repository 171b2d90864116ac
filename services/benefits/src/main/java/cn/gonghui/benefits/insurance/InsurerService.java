package cn.gonghui.benefits.insurance;

import cn.gonghui.events.Outbox;
import cn.gonghui.paging.Page;
import cn.gonghui.paging.PageRequest;
import cn.gonghui.personaldata.PersonalDataCipher;
import cn.gonghui.problems.ProblemException;
import cn.gonghui.scope.Caller;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The insurer's side (role {@code insurer}, its {@code partnerId}): its plans, the change feed of their
 * enrolments, claims pushed in batches and their status, its webhook endpoint and delivery log, and the
 * daily reconciliation. An insurer sees nothing of another insurer's: another's plan, claim or cursor is a 404.
 */
@ApplicationScoped
public class InsurerService {

    static final int MAX_FEED_PAGE = 1000;
    static final Duration SECRET_OVERLAP = Duration.ofHours(24);

    /** ClaimSettled: a claim paid (assistance looks at large medical claims for a hardship review). */
    public record ClaimSettled(long claimId, long memberId, long unionId, long planId, InsurancePlan.Kind planKind, long paidFen,
            LocalDate paidOn) {
    }

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    PersonalDataCipher cipher;

    @Inject
    Outbox outbox;

    @Inject
    ObjectMapper json;

    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "gonghui.webhooks.allow-private-hosts", defaultValue = "false")
    boolean allowPrivateHosts;

    static String diagnosisContext(String insurerId, String insurerClaimId) {
        return Claim.DIAGNOSIS_CONTEXT + ":" + insurerId + ":" + insurerClaimId;
    }

    String insurer() {
        return caller.partnerId().orElseThrow(() -> ProblemException.forbidden("the insurer token has no partnerId claim"));
    }

    public List<InsurancePlan> plans() {
        return InsurancePlan.list("insurerId = ?1 order by id", insurer());
    }

    public List<CoverPeriod> periods(long planId) {
        InsurancePlan p = InsurancePlan.findById(planId);
        if (p == null || !p.insurerId.equals(insurer())) {
            throw ProblemException.notFound("plan", planId);
        }
        return CoverPeriod.list("planId = ?1 order by startsOn", p.id);
    }

    /** The changes after position {@code since} (0: from the start), at most {@code limit}; replayable from any cursor. */
    @SuppressWarnings("unchecked")
    public InsuranceViews.FeedPage feed(Long since, Integer limit) {
        long after = since == null ? 0 : since;
        if (after < 0) {
            throw ProblemException.invalid("since", "must be 0 or a cursor from an earlier page");
        }
        int size = limit == null ? 200 : limit;
        if (size < 1 || size > MAX_FEED_PAGE) {
            throw ProblemException.invalid("limit", "must be between 1 and " + MAX_FEED_PAGE);
        }
        List<Object[]> rows = em.createNativeQuery("SELECT position, enrolment_id, plan_id, period_id, member_id, change, effective_on,"
                        + " (extract(epoch FROM recorded_at) * 1000)::bigint FROM enrolment_change WHERE insurer_id = :insurer"
                        + " AND position > :after ORDER BY position LIMIT :limit")
                .setParameter("insurer", insurer()).setParameter("after", after).setParameter("limit", size).getResultList();
        List<InsuranceViews.ChangeView> changes = new ArrayList<>();
        long next = after;
        for (Object[] r : rows) {
            long position = ((Number) r[0]).longValue();
            changes.add(new InsuranceViews.ChangeView(position, ((Number) r[1]).longValue(), ((Number) r[2]).longValue(),
                    ((Number) r[3]).longValue(), ((Number) r[4]).longValue(), (String) r[5], localDate(r[6]),
                    java.time.Instant.ofEpochMilli(((Number) r[7]).longValue()).atZone(clock.getZone()).toOffsetDateTime()));
            next = position;
        }
        return new InsuranceViews.FeedPage(changes, next);
    }

    private static LocalDate localDate(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    /**
     * 理赔批量提交: each good claim is stored, each bad one reported (index, field, problem) without stopping
     * the rest; a claim id already received is reported as such and not stored twice, even when two sends
     * of the same batch race (the insert skips a claim id that is there).
     */
    @Transactional
    public InsuranceViews.BatchResult submit(@NotNull @Valid InsuranceRequests.ClaimBatch batch) {
        String insurer = insurer();
        LocalDate today = LocalDate.now(clock);
        List<InsuranceViews.Accepted> accepted = new ArrayList<>();
        List<InsuranceViews.Rejected> rejected = new ArrayList<>();
        for (int i = 0; i < batch.claims().size(); i++) {
            InsuranceRequests.ClaimItem item = batch.claims().get(i);
            String problem = null;
            String field = null;
            Enrolment e = null;
            CoverPeriod period = null;
            if (item == null) {
                field = "claims";
                problem = "is empty";
            } else if (item.insurerClaimId() == null || item.insurerClaimId().isBlank() || item.insurerClaimId().length() > 64) {
                field = "insurerClaimId";
                problem = "is required, at most 64 characters";
            } else if (item.enrolmentId() == null || (e = Enrolment.findById(item.enrolmentId())) == null
                    || e.status != Enrolment.Status.ENROLLED
                    || !((InsurancePlan) InsurancePlan.findById(e.planId)).insurerId.equals(insurer)) {
                field = "enrolmentId";
                problem = "is not a current enrolment in one of your plans";
            } else if (item.claimedFen() == null || item.claimedFen() <= 0) {
                field = "claimedFen";
                problem = "must be a positive number of fen";
            } else if (item.incidentOn() == null || (period = CoverPeriod.findById(e.periodId)) == null
                    || item.incidentOn().isBefore(period.startsOn) || item.incidentOn().isAfter(period.endsOn) || item.incidentOn().isAfter(today)) {
                field = "incidentOn";
                problem = "must fall within the enrolment's cover period and not in the future";
            } else if (item.diagnosis() != null && item.diagnosis().length() > 2000) {
                field = "diagnosis";
                problem = "at most 2000 characters";
            }
            if (problem != null) {
                rejected.add(new InsuranceViews.Rejected(i, "claims[" + i + "]." + field, problem));
                continue;
            }
            String claimId = item.insurerClaimId().strip();
            Number id = (Number) em.createNativeQuery("INSERT INTO claim (insurer_id, insurer_claim_id, enrolment_id, plan_id, member_id,"
                            + " union_id, incident_on, claimed_fen, diagnosis_sealed, status, submitted_on) VALUES (:insurer, :claim, :enrolment,"
                            + " :plan, :member, :union, :incident, :claimed, :diagnosis, 'SUBMITTED', :today)"
                            + " ON CONFLICT (insurer_id, insurer_claim_id) DO NOTHING RETURNING id")
                    .setParameter("insurer", insurer).setParameter("claim", claimId).setParameter("enrolment", e.id)
                    .setParameter("plan", e.planId).setParameter("member", e.memberId).setParameter("union", e.unionId)
                    .setParameter("incident", item.incidentOn()).setParameter("claimed", item.claimedFen())
                    .setParameter("diagnosis", item.diagnosis() == null ? null : cipher.seal(item.diagnosis(), diagnosisContext(insurer, claimId)))
                    .setParameter("today", today)
                    .getResultStream().findFirst().orElse(null);
            if (id != null) {
                accepted.add(new InsuranceViews.Accepted(i, claimId, id.longValue(), Claim.Status.SUBMITTED, false));
            } else {
                Claim existing = Claim.find("insurerId = ?1 and insurerClaimId = ?2", insurer, claimId).firstResult();
                if (existing == null) {
                    // inserted by a concurrent send that has not committed yet: it will be there once it does
                    accepted.add(new InsuranceViews.Accepted(i, claimId, null, Claim.Status.SUBMITTED, true));
                } else if (existing.enrolmentId.equals(e.id) && existing.claimedFen == item.claimedFen()) {
                    accepted.add(new InsuranceViews.Accepted(i, claimId, existing.id, existing.status, true));
                } else {
                    rejected.add(new InsuranceViews.Rejected(i, "claims[" + i + "].insurerClaimId",
                            "claim " + claimId + " was received before with other details"));
                }
            }
        }
        return new InsuranceViews.BatchResult(accepted, rejected);
    }

    public Claim claim(String insurerClaimId) {
        Claim c = Claim.find("insurerId = ?1 and insurerClaimId = ?2", insurer(), insurerClaimId).firstResult();
        if (c == null) {
            throw ProblemException.notFound("claim", insurerClaimId);
        }
        return c;
    }

    public Page<Claim> claims(Claim.Status status, PageRequest page) {
        List<Claim> rows = (status == null
                ? Claim.find("insurerId = ?1 and id > ?2 order by id", insurer(), page.afterId())
                : Claim.find("insurerId = ?1 and id > ?2 and status = ?3 order by id", insurer(), page.afterId(), status))
                .page(0, page.fetchSize()).list();
        return page.page(rows, c -> c.id);
    }

    /** A status update; the same one again changes nothing. Paid: ClaimSettled. */
    @Transactional
    public Claim status(String insurerClaimId, @NotNull @Valid InsuranceRequests.StatusUpdate request) {
        Claim c = claim(insurerClaimId);
        if (c.moveTo(request.status(), request.paidFen(), LocalDate.now(clock)) && c.status == Claim.Status.PAID) {
            InsurancePlan plan = InsurancePlan.findById(c.planId);
            em.flush();
            outbox.record("ClaimSettled", "claims/" + c.id, new ClaimSettled(c.id, c.memberId, c.unionId, c.planId, plan.kind, c.paidFen,
                    c.paidOn));
        }
        em.flush();
        return c;
    }

    @Transactional
    public InsuranceViews.WebhookView webhook(@NotNull @Valid InsuranceRequests.Webhook request) {
        WebhookTargets.refusal(request.url(), allowPrivateHosts).ifPresent(problem -> {
            throw ProblemException.invalid("url", problem);
        });
        WebhookEndpoint w = WebhookEndpoint.findById(insurer());
        if (w == null) {
            w = new WebhookEndpoint();
            w.insurerId = insurer();
            w.secret = WebhookSignature.newSecret();
        }
        w.url = request.url();
        w.persistAndFlush();
        return new InsuranceViews.WebhookView(w.url, w.secret, w.previousUntil);
    }

    /** A new secret; the old one keeps signing beside it for 24 hours, so the receiver can switch without losing a message. */
    @Transactional
    public InsuranceViews.WebhookView rotate() {
        WebhookEndpoint w = WebhookEndpoint.findById(insurer());
        if (w == null) {
            throw ProblemException.notFound("webhook endpoint of", insurer());
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (w.previousUntil != null && now.isBefore(w.previousUntil)) {
            throw ProblemException.invalidState("the last rotation's overlap runs until " + w.previousUntil + "; rotate again after it");
        }
        w.previousSecret = w.secret;
        w.previousUntil = now.plus(SECRET_OVERLAP);
        w.secret = WebhookSignature.newSecret();
        em.flush();
        return new InsuranceViews.WebhookView(w.url, w.secret, w.previousUntil);
    }

    public Page<WebhookDelivery> deliveries(PageRequest page) {
        List<WebhookDelivery> rows = WebhookDelivery.find("insurerId = ?1 and id > ?2 order by id", insurer(), page.afterId())
                .page(0, page.fetchSize()).list();
        return page.page(rows, d -> d.id);
    }

    /** 对账: our totals per status for the claims submitted by asOf, beside the insurer's, once per day. */
    @Transactional
    @SuppressWarnings("unchecked")
    public InsuranceViews.ReconciliationView reconcile(@NotNull @Valid InsuranceRequests.Totals request) {
        String insurer = insurer();
        if (request.asOf().isAfter(LocalDate.now(clock))) {
            throw ProblemException.invalid("asOf", "must not be in the future");
        }
        Map<Claim.Status, long[]> ours = new EnumMap<>(Claim.Status.class);
        for (Object[] r : (List<Object[]>) em.createNativeQuery("SELECT s, count(*), coalesce(sum(CASE WHEN s = 'PAID' THEN paid_fen ELSE claimed_fen END), 0) FROM ("
                        + " SELECT CASE WHEN status = 'PAID' AND paid_on <= :asOf THEN 'PAID'"
                        + "   WHEN status IN ('APPROVED', 'REJECTED', 'PAID') AND decided_on <= :asOf"
                        + "     THEN CASE WHEN status = 'REJECTED' THEN 'REJECTED' ELSE 'APPROVED' END"
                        + "   ELSE 'SUBMITTED' END AS s, paid_fen, claimed_fen"
                        + " FROM claim WHERE insurer_id = :insurer AND submitted_on <= :asOf) as_of GROUP BY s")
                .setParameter("insurer", insurer).setParameter("asOf", request.asOf()).getResultList()) {
            ours.put(Claim.Status.valueOf((String) r[0]), new long[] {((Number) r[1]).longValue(), ((Number) r[2]).longValue()});
        }
        Map<Claim.Status, long[]> theirs = new EnumMap<>(Claim.Status.class);
        for (InsuranceRequests.StatusTotal t : request.totals()) {
            if (theirs.put(t.status(), new long[] {t.count(), t.amountFen()}) != null) {
                throw ProblemException.invalid("totals", "status " + t.status() + " is given twice");
            }
        }
        List<InsuranceViews.StatusTotals> oursList = new ArrayList<>();
        List<InsuranceViews.StatusTotals> theirsList = new ArrayList<>();
        List<InsuranceViews.Difference> differences = new ArrayList<>();
        for (Claim.Status s : Claim.Status.values()) {
            long[] o = ours.getOrDefault(s, new long[2]);
            long[] t = theirs.getOrDefault(s, new long[2]);
            oursList.add(new InsuranceViews.StatusTotals(s, o[0], o[1]));
            theirsList.add(new InsuranceViews.StatusTotals(s, t[0], t[1]));
            if (o[0] != t[0] || o[1] != t[1]) {
                differences.add(new InsuranceViews.Difference(s, o[0], t[0], o[1], t[1]));
            }
        }
        InsuranceViews.ReconciliationView view = new InsuranceViews.ReconciliationView(request.asOf(), oursList, theirsList, differences,
                differences.isEmpty());
        em.createNativeQuery("INSERT INTO reconciliation (insurer_id, as_of, theirs, ours, differences, created_at)"
                        + " VALUES (:insurer, :asOf, CAST(:theirs AS jsonb), CAST(:ours AS jsonb), CAST(:diff AS jsonb), :at)"
                        + " ON CONFLICT (insurer_id, as_of) DO UPDATE SET theirs = EXCLUDED.theirs, ours = EXCLUDED.ours,"
                        + " differences = EXCLUDED.differences, created_at = EXCLUDED.created_at")
                .setParameter("insurer", insurer).setParameter("asOf", request.asOf()).setParameter("theirs", write(theirsList))
                .setParameter("ours", write(oursList)).setParameter("diff", write(differences)).setParameter("at", OffsetDateTime.now(clock))
                .executeUpdate();
        return view;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
