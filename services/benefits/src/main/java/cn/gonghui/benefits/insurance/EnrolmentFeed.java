package cn.gonghui.benefits.insurance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/**
 * The insurer's change feed and its webhooks, written in the transaction of the change. Appends take a
 * per-insurer lock, so positions grow in commit order: a reader that has seen position N never later finds
 * a smaller one committed, and a cursor always gives the same next page.
 */
@ApplicationScoped
public class EnrolmentFeed {

    public enum Change {
        ADDED,
        REMOVED,
        ENDS_AT_PERIOD_END
    }

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ObjectMapper json;

    @Transactional(Transactional.TxType.MANDATORY)
    public void append(String insurerId, Enrolment e, Change change, LocalDate effectiveOn) {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('enrolment-feed:' || :insurer))")
                .setParameter("insurer", insurerId).getSingleResult();
        OffsetDateTime now = OffsetDateTime.now(clock);
        Number position = (Number) em.createNativeQuery("INSERT INTO enrolment_change (insurer_id, enrolment_id, plan_id, period_id,"
                        + " member_id, change, effective_on, recorded_at) VALUES (:insurer, :enrolment, :plan, :period, :member, :change,"
                        + " :effective, :at) RETURNING position")
                .setParameter("insurer", insurerId).setParameter("enrolment", e.id).setParameter("plan", e.planId)
                .setParameter("period", e.periodId).setParameter("member", e.memberId).setParameter("change", change.name())
                .setParameter("effective", effectiveOn).setParameter("at", now).getSingleResult();
        if (WebhookEndpoint.findById(insurerId) != null) {
            WebhookDelivery d = new WebhookDelivery();
            d.messageId = "msg_" + UUID.randomUUID();
            d.insurerId = insurerId;
            d.eventType = "enrolment.changed";
            d.payload = payload(Map.of("type", "enrolment.changed", "timestamp", now.toString(), "data", Map.of(
                    "position", position.longValue(), "enrolmentId", e.id, "planId", e.planId, "periodId", e.periodId,
                    "memberId", e.memberId, "change", change.name(), "effectiveOn", effectiveOn.toString())));
            d.createdAt = now;
            d.nextAttemptAt = now;
            d.persist();
        }
    }

    private String payload(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
