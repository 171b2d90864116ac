package cn.gonghui.orgreplica;

import cn.gonghui.events.EventEnvelope;
import cn.gonghui.events.IdempotentConsumer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps this service's organisation replica (unions 工会组织, enterprises 企业, members 会员) from
 * membership's events, each event once (the inbox) and in the transaction that records it. Its name,
 * {@code <quarkus.application.name>-org-replica}, is its consumer group, its inbox rows and its
 * dead-letter topic's prefix; it reads {@code gonghui.org-replica.topic} (default {@code membership.events}).
 * To rebuild the replica, see {@link ReplicaRebuild}.
 */
@ApplicationScoped
public class OrgReplicaConsumer extends IdempotentConsumer {

    @ConfigProperty(name = "quarkus.application.name")
    String application;

    @ConfigProperty(name = "gonghui.org-replica.topic", defaultValue = "membership.events")
    String topic;

    @Inject
    ReplicaProjection projection;

    @Override
    public String name() {
        return application + "-org-replica";
    }

    public String topic() {
        return topic;
    }

    @Override
    protected Collection<String> topics() {
        return List.of(topic);
    }

    @Override
    protected void apply(EventEnvelope event) {
        projection.apply(event);
    }
}
