package cn.gonghui.assistance.events;

import cn.gonghui.assistance.hardship.HardshipFile;
import cn.gonghui.assistance.hardship.HardshipStatus;
import cn.gonghui.events.EventEnvelope;
import cn.gonghui.events.IdempotentConsumer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Reacts to membership's MemberLeft (退会): the member's open hardship files are flagged
 * {@code MEMBER_LEFT}, for an officer to decide whether help goes on (a non-member may still be helped),
 * never closed by the event. Its own consumer group ({@code assistance-membership}) beside the
 * organisation replica's, each event once (the inbox).
 */
@ApplicationScoped
public class MemberLeftFlags extends IdempotentConsumer {

    private static final Logger LOG = Logger.getLogger(MemberLeftFlags.class);

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
        if (!"MemberLeft".equals(event.type())) {
            return;
        }
        long memberId = event.data().path("memberId").asLong();
        List<HardshipFile> open = HardshipFile.list("memberId = ?1 and status = ?2", memberId, HardshipStatus.ACTIVE);
        for (HardshipFile f : open) {
            f.flag(HardshipFile.FLAG_MEMBER_LEFT);
            LOG.infof("hardship file %d flagged %s (event %s)", f.id, HardshipFile.FLAG_MEMBER_LEFT, event.id());
        }
    }
}
