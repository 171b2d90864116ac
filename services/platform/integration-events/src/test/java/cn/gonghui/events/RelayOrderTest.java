package cn.gonghui.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.junit.jupiter.api.Test;

/**
 * What a relay pass records when the broker fails in the middle of a batch (the acknowledgements are
 * given here; OutboxRelayTest in membership runs the real broker).
 */
class RelayOrderTest {

    static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-23T10:00:00+08:00");

    static OutboxEvent row(String key) {
        OutboxEvent event = new OutboxEvent();
        event.eventId = UUID.randomUUID();
        event.aggregateId = key;
        event.type = "Something";
        return event;
    }

    static Future<RecordMetadata> acked() {
        return CompletableFuture.completedFuture(null);
    }

    static Future<RecordMetadata> failed(Exception e) {
        return CompletableFuture.failedFuture(e);
    }

    @Test
    void afterABrokerFailureAKeysLaterRowsWaitAndOtherKeysArePublished() {
        OutboxEvent a1 = row("members/1");
        OutboxEvent a2 = row("members/1");
        OutboxEvent b1 = row("members/2");
        OutboxEvent a3 = row("members/1");
        boolean all = OutboxRelay.settle(List.of(a1, a2, b1, a3),
                List.of(acked(), failed(new NotEnoughReplicasException("broker lost its replicas")), acked(), acked()),
                Duration.ofSeconds(1), NOW);

        assertThat(all).isFalse();
        assertThat(a1.publishedAt).as("before the failure").isEqualTo(NOW);
        assertThat(a2.publishedAt).isNull();
        assertThat(a2.attempts).isEqualTo(1);
        assertThat(a2.lastError).startsWith("NotEnoughReplicasException");
        assertThat(a2.parkedAt).as("a broker that fails is waited for").isNull();
        assertThat(b1.publishedAt).as("another key goes ahead").isEqualTo(NOW);
        assertThat(a3.publishedAt).as("never ahead of the failed row of its key").isNull();
        assertThat(a3.attempts).as("not its own failure").isZero();
    }

    @Test
    void aBrokerThatIsDownOrSlowNeverParksARow() {
        OutboxEvent timedOut = row("k");
        OutboxEvent noReplicas = row("j");
        OutboxRelay.settle(List.of(timedOut, noReplicas),
                List.of(failed(new TimeoutException("no metadata after 10 s")), failed(new NotEnoughReplicasException("x"))),
                Duration.ofSeconds(1), NOW);
        assertThat(timedOut.parkedAt).isNull();
        assertThat(noReplicas.parkedAt).isNull();
    }

    @Test
    void whatTheBrokerWillNeverTakeIsParkedAtOnce() {
        OutboxEvent tooLarge = row("k");
        OutboxEvent forbidden = row("j");
        OutboxRelay.settle(List.of(tooLarge, forbidden),
                List.of(failed(new RecordTooLargeException("1.2 MB")), failed(new TopicAuthorizationException("no ACL"))),
                Duration.ofSeconds(1), NOW);
        assertThat(tooLarge.parkedAt).isEqualTo(NOW);
        assertThat(forbidden.parkedAt).isEqualTo(NOW);
    }

    @Test
    void aPassWithoutFailuresPublishesEverything() {
        OutboxEvent a = row("k");
        OutboxEvent b = row("k");
        assertThat(OutboxRelay.settle(List.of(a, b), List.of(acked(), acked()), Duration.ofSeconds(1), NOW)).isTrue();
        assertThat(a.publishedAt).isEqualTo(NOW);
        assertThat(b.publishedAt).isEqualTo(NOW);
    }
}
