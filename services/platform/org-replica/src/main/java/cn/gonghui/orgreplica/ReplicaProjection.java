package cn.gonghui.orgreplica;

import cn.gonghui.events.EventEnvelope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Applies one of membership's events to the replica, inside the caller's transaction. Every effect is an
 * upsert or a path rewrite, so applying an event twice, or replaying the topic from its start into an
 * empty replica, gives the same state. Types the replica does not use are ignored.
 */
@ApplicationScoped
class ReplicaProjection {

    private static final Logger LOG = Logger.getLogger(ReplicaProjection.class);

    @Inject
    UnionTreeProjection unions;

    @Inject
    EnterpriseProjection enterprises;

    @Inject
    MemberProjection members;

    void apply(EventEnvelope event) {
        switch (event.type()) {
            case "UnionCreated", "UnionRenamed", "UnionMoved", "UnionDissolved" -> unions.apply(event);
            case "EnterpriseRegistered", "EnterpriseUpdated" -> enterprises.changed(Payload.of(event));
            case "MemberJoined" -> members.joined(Payload.of(event));
            case "MemberTransferred" -> members.transferred(Payload.of(event));
            case "MemberLeft" -> members.left(Payload.of(event));
            case "MemberRetired" -> members.retired(Payload.of(event));
            default -> LOG.debugf("org replica ignores %s %s", event.type(), event.id());
        }
    }
}
