package cn.gonghui.orgreplica;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The operator's rebuild (ReplicaRebuild): wipe, replay the topic from offset 0, same replica. */
@QuarkusTest
class RebuildTest {

    @Inject
    Broker broker;

    @Inject
    ReplicaProbe replica;

    @Inject
    ReplicaRebuild rebuild;

    @Test
    void replayingTheTopicFromOffsetZeroIntoAWipedReplicaGivesTheSameReplica() {
        replica.awaitTaken(broker.publish(Story.envelopes()));
        String waitsForever = broker.publish(Envelopes.unionRenamed(Envelopes.freshIds() + 1, "从未建会"));
        replica.awaitTaken(waitsForever);
        ReplicaProbe.await("the consumer has caught up", () -> rebuild.lag() == 0);
        List<String> before = replica.snapshot();
        long inboxBefore = replica.inboxRows();

        ReplicaRebuild.Outcome outcome = rebuild.rebuild();

        assertThat(outcome.failed()).isZero();
        assertThat(outcome.replayed()).isGreaterThanOrEqualTo(Story.envelopes().size() + 1);
        assertThat(replica.snapshot()).isEqualTo(before);
        assertThat(replica.inboxRows()).isEqualTo(inboxBefore);
        assertThat(replica.union(3).path).isEqualTo("/1/4/3/");
        assertThat(replica.parked(waitsForever)).isTrue();
    }

    @Test
    void theWipeEmptiesTheReplicaAndTheConsumersInbox() {
        replica.awaitTaken(broker.publish(Story.envelopes()));
        ReplicaProbe.await("the consumer has caught up", () -> rebuild.lag() == 0);
        QuarkusTransaction.requiringNew().run(rebuild::wipe);
        try {
            assertThat(replica.snapshot()).isEmpty();
            assertThat(replica.inboxRows()).isZero();
        } finally {
            assertThat(rebuild.rebuild().failed()).isZero();
        }
        assertThat(replica.union(3).path).isEqualTo("/1/4/3/");
    }
}
