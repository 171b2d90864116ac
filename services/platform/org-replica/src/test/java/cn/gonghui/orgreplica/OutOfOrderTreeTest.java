package cn.gonghui.orgreplica;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** Union events that refer to a union the replica does not know yet wait for it, and are not lost. */
@QuarkusTest
class OutOfOrderTreeTest {

    @Inject
    Broker broker;

    @Inject
    ReplicaProbe replica;

    @Test
    void aUnionCreatedBeforeItsParentTakesItsPathOnceTheParentArrives() {
        long root = Envelopes.freshIds() + 1;
        long child = root + 1;
        long grandchild = root + 2;
        String last = broker.publish(Envelopes.unionCreated(grandchild, child));
        replica.awaitTaken(last);
        assertThat(replica.parked(last)).isTrue();
        assertThat(replica.union(grandchild)).isNull();

        broker.publish(Envelopes.unionCreated(child, root));
        replica.awaitTaken(broker.publish(Envelopes.unionCreated(root, null)));

        assertThat(replica.union(child).path).isEqualTo("/" + root + "/" + child + "/");
        assertThat(replica.union(grandchild).path).isEqualTo("/" + root + "/" + child + "/" + grandchild + "/");
        assertThat(replica.parked(last)).isFalse();
    }

    @Test
    void aMoveUnderAnUnknownParentIsAppliedWithItsSubtreeOnceTheParentArrives() {
        long root = Envelopes.freshIds() + 1;
        long from = root + 1;
        long moved = root + 2;
        long below = root + 3;
        long to = root + 4;
        broker.publish(Envelopes.unionCreated(root, null));
        broker.publish(Envelopes.unionCreated(from, root));
        broker.publish(Envelopes.unionCreated(moved, from));
        broker.publish(Envelopes.unionCreated(below, moved));
        String move = broker.publish(Envelopes.unionMoved(moved, from, to));
        replica.awaitTaken(move);
        assertThat(replica.parked(move)).isTrue();
        assertThat(replica.union(moved).path).isEqualTo("/" + root + "/" + from + "/" + moved + "/");

        replica.awaitTaken(broker.publish(Envelopes.unionCreated(to, root)));

        assertThat(replica.union(moved).parentId).isEqualTo(to);
        assertThat(replica.union(moved).path).isEqualTo("/" + root + "/" + to + "/" + moved + "/");
        assertThat(replica.union(below).path).isEqualTo("/" + root + "/" + to + "/" + moved + "/" + below + "/");
    }

    @Test
    void aUnionsLaterEventsWaitBehindItsParkedOne() {
        long root = Envelopes.freshIds() + 1;
        long first = root + 1;
        long second = root + 2;
        long moved = root + 3;
        long unknown = root + 4;
        broker.publish(Envelopes.unionCreated(root, null));
        broker.publish(Envelopes.unionCreated(first, root));
        broker.publish(Envelopes.unionCreated(second, root));
        broker.publish(Envelopes.unionCreated(moved, first));
        broker.publish(Envelopes.unionMoved(moved, first, unknown));
        String later = broker.publish(Envelopes.unionMoved(moved, unknown, second));
        replica.awaitTaken(later);
        assertThat(replica.parked(later)).as("the later move waits although its parent is known").isTrue();

        replica.awaitTaken(broker.publish(Envelopes.unionCreated(unknown, root)));

        assertThat(replica.union(moved).path).as("the last move wins").isEqualTo("/" + root + "/" + second + "/" + moved + "/");
    }

    @Test
    void aRenameAndADissolutionOfAnUnknownUnionApplyAfterItsCreation() {
        long root = Envelopes.freshIds() + 1;
        long union = root + 1;
        broker.publish(Envelopes.unionCreated(root, null));
        broker.publish(Envelopes.unionRenamed(union, "旧宫镇新名称工会"));
        String dissolved = broker.publish(Envelopes.unionDissolved(union));
        replica.awaitTaken(dissolved);
        assertThat(replica.parked(dissolved)).isTrue();

        replica.awaitTaken(broker.publish(Envelopes.unionCreated(union, root)));

        assertThat(replica.union(union)).satisfies(u -> {
            assertThat(u.name).isEqualTo("旧宫镇新名称工会");
            assertThat(u.status).isEqualTo(ReplicaUnion.Status.DISSOLVED);
            assertThat(u.path).isEqualTo("/" + root + "/" + union + "/");
        });
        assertThat(replica.parked(dissolved)).isFalse();
    }
}
