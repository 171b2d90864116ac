package cn.gonghui.assistance.events;

import cn.gonghui.assistance.hardship.HardshipFile;
import cn.gonghui.assistance.hardship.HardshipStatus;
import cn.gonghui.assistance.visit.ModelWorker;
import java.time.LocalDate;
import cn.gonghui.events.EventEnvelope;
import cn.gonghui.events.IdempotentConsumer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Reacts to membership's events: HonourConferred / HonourRevoked keep the 劳模 care list (model workers,
 * for care visits and 劳模慰问 campaigns); MemberLeft (退会): the member's open hardship files are flagged
 * {@code MEMBER_LEFT}, for an officer to decide whether help goes on (a non-member may still be helped),
 * never closed by the event; MemberTransferred (转会): the member's open hardship files kept by the union they
 * left, and their 劳模 care-list entries, go with them to the receiving union, whose officers care for them
 * from then on (grants already made stay where they were made). Its own consumer group ({@code assistance-membership}) beside the
 * organisation replica's, each event once (the inbox).
 */
@ApplicationScoped
public class MembershipReactions extends IdempotentConsumer {

    private static final Logger LOG = Logger.getLogger(MembershipReactions.class);

    /** 劳动模范 (and 先进工作者, the same honour for the public sector) as membership names them. */
    static final java.util.Set<String> MODEL_WORKER_KINDS = java.util.Set.of("MODEL_WORKER", "ADVANCED_WORKER");

    @ConfigProperty(name = "quarkus.application.name")
    String application;

    @ConfigProperty(name = "gonghui.org-replica.topic", defaultValue = "membership.events")
    String topic;

    @Override
    public String name() {
        return application + "-membership";
    }

    @Override
    protected Collection<String> topics() {
        return List.of(topic);
    }

    @Override
    protected void apply(EventEnvelope event) {
        switch (event.type()) {
            case "HonourConferred" -> conferred(event);
            case "HonourRevoked" -> revoked(event);
            case "MemberLeft" -> left(event);
            case "MemberTransferred" -> transferred(event);
            default -> {
                // union, enterprise and the other member events are the organisation replica's business
            }
        }
    }

    /** A member's 劳模 honour joins the care list (other honours and other recipients are not assistance's business). */
    private void conferred(EventEnvelope event) {
        var data = event.data();
        if (!"MEMBER".equals(data.path("recipientType").asText()) || !MODEL_WORKER_KINDS.contains(data.path("kind").asText())) {
            return;
        }
        long honour = data.path("honourId").asLong();
        ModelWorker w = ModelWorker.findById(honour);
        if (w == null) {
            w = new ModelWorker();
            w.honourId = honour;
        }
        w.memberId = data.path("memberId").asLong();
        w.unionId = data.path("unionId").asLong();
        w.kind = data.path("kind").asText();
        w.level = data.path("level").asText();
        w.year = data.path("year").asInt();
        w.conferredOn = data.hasNonNull("awardedOn") ? LocalDate.parse(data.path("awardedOn").asText()) : null;
        w.revokedOn = null;
        w.persist();
    }

    private void revoked(EventEnvelope event) {
        ModelWorker w = ModelWorker.findById(event.data().path("honourId").asLong());
        if (w != null) {
            w.revokedOn = LocalDate.parse(event.data().path("revokedOn").asText());
        }
    }

    private void transferred(EventEnvelope event) {
        var data = event.data();
        long memberId = data.path("memberId").asLong();
        long from = data.path("fromUnionId").asLong();
        long to = data.path("toUnionId").asLong();
        List<HardshipFile> open = HardshipFile.list("memberId = ?1 and status = ?2 and unionId = ?3", memberId, HardshipStatus.ACTIVE, from);
        for (HardshipFile f : open) {
            f.unionId = to;
            LOG.infof("hardship file %d moved from union %d to %d with its member (event %s)", f.id, from, to, event.id());
        }
        ModelWorker.update("unionId = ?1 where memberId = ?2", to, memberId);
    }

    private void left(EventEnvelope event) {
        long memberId = event.data().path("memberId").asLong();
        List<HardshipFile> open = HardshipFile.list("memberId = ?1 and status = ?2", memberId, HardshipStatus.ACTIVE);
        for (HardshipFile f : open) {
            f.flag(HardshipFile.FLAG_MEMBER_LEFT);
            LOG.infof("hardship file %d flagged %s (event %s)", f.id, HardshipFile.FLAG_MEMBER_LEFT, event.id());
        }
    }
}
