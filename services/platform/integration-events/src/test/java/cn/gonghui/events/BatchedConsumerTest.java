package cn.gonghui.events;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.testkit.Eventually;
import cn.gonghui.testkit.KafkaProbe;
import io.agroal.api.AgroalDataSource;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The records of one poll go to the database in batches (gonghui.events.consumer-batch-size, 200 by default),
 * with every guarantee of one record at a time. The batches are handed to the consumer here as the loop hands
 * them over, so that what shares a batch is certain; the loop itself runs them in the other tests.
 */
@QuarkusTest
class BatchedConsumerTest {

    static final String TOPIC = "eventstest.batch-test";
    static final AtomicLong OFFSETS = new AtomicLong();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    RecordingConsumer consumer;

    @Inject
    AgroalDataSource db;

    @Inject
    InMemorySpanExporter spans;

    @Test
    void theRecordsOfABatchAreAppliedInOneTransactionInOrder() throws Exception {
        List<String> ids = ids(5);
        List<ConsumerRecord<String, String>> batch = records(ids, "SomethingHappened");
        List<ConsumerRecord<String, String>> handled = new ArrayList<>();

        assertThat(consumer.consume(batch, handled::add)).isNull();

        assertThat(handled).containsExactlyElementsOf(batch);
        ids.forEach(id -> assertThat(RecordingConsumer.APPLIED.get(id)).hasValue(1));
        assertThat(ids.stream().map(RecordingConsumer.TRANSACTIONS::get).distinct()).as("one transaction").hasSize(1);
        assertThat(committedOrder(ids)).containsExactlyElementsOf(ids);
        for (String id : ids) {
            assertThat(inboxRows(id)).isEqualTo(1);
        }
    }

    /** Before: one transaction per record, so batching could not lose a poison record's neighbours. */
    @Test
    void aPoisonRecordInTheMiddleIsDeadLetteredAloneAndTheOthersAreAppliedOnceInOrder() throws Exception {
        List<String> ids = ids(5);
        List<ConsumerRecord<String, String>> batch = new ArrayList<>(records(ids.subList(0, 2), "SomethingHappened"));
        batch.addAll(records(ids.subList(2, 3), "AlwaysFails"));
        batch.addAll(records(ids.subList(3, 5), "SomethingHappened"));
        List<ConsumerRecord<String, String>> handled = new ArrayList<>();

        assertThat(consumer.consume(batch, handled::add)).isNull();

        assertThat(handled).as("every record done, the poison one too, in order").containsExactlyElementsOf(batch);
        String poison = ids.get(2);
        List<String> good = List.of(ids.get(0), ids.get(1), ids.get(3), ids.get(4));
        good.forEach(id -> assertThat(RecordingConsumer.APPLIED.get(id)).as(id).hasValue(1));
        assertThat(committedOrder(ids)).containsExactlyElementsOf(good);
        assertThat(RecordingConsumer.APPLIED.getOrDefault(poison, new AtomicInteger())).hasValue(0);
        assertThat(inboxRows(poison)).isZero();
        for (String id : good) {
            assertThat(inboxRows(id)).isEqualTo(1);
        }
        List<ConsumerRecord<String, String>> dead = KafkaProbe.readUntil(bootstrap, consumer.deadLetterTopic(),
                seen -> seen.stream().anyMatch(r -> r.value().contains(poison)), Duration.ofSeconds(20));
        assertThat(dead).filteredOn(r -> r.value().contains(poison)).singleElement()
                .satisfies(r -> assertThat(new String(r.headers().lastHeader("dlt-reason").value(), StandardCharsets.UTF_8))
                        .contains("this event cannot be applied"));
        assertThat(dead).as("only the poison one").noneMatch(r -> good.stream().anyMatch(r.value()::contains));
    }

    @Test
    void anUnreadableRecordInABatchIsDeadLetteredAndTheOthersApplied() throws Exception {
        List<String> ids = ids(2);
        String garbage = "not an envelope " + UUID.randomUUID();
        List<ConsumerRecord<String, String>> batch = new ArrayList<>(records(ids.subList(0, 1), "SomethingHappened"));
        batch.add(new ConsumerRecord<>(TOPIC, 0, OFFSETS.incrementAndGet(), "1", garbage));
        batch.addAll(records(ids.subList(1, 2), "SomethingHappened"));

        assertThat(consumer.consume(batch, r -> { })).isNull();

        ids.forEach(id -> assertThat(RecordingConsumer.APPLIED.get(id)).hasValue(1));
        assertThat(KafkaProbe.readUntil(bootstrap, consumer.deadLetterTopic(),
                seen -> seen.stream().anyMatch(r -> r.value().equals(garbage)), Duration.ofSeconds(20)))
                .anyMatch(r -> r.value().equals(garbage));
    }

    @Test
    void aRedeliveredBatchChangesNothing() throws Exception {
        List<String> ids = ids(4);
        List<ConsumerRecord<String, String>> batch = records(ids, "SomethingHappened");
        assertThat(consumer.consume(batch, r -> { })).isNull();

        List<ConsumerRecord<String, String>> handled = new ArrayList<>();
        assertThat(consumer.consume(records(ids, "SomethingHappened"), handled::add)).isNull();

        assertThat(handled).hasSize(4);
        for (String id : ids) {
            assertThat(RecordingConsumer.APPLIED.get(id)).hasValue(1);
            assertThat(RecordingConsumer.ATTEMPTS.get(id)).as("the effect is not even tried again").hasValue(1);
            assertThat(inboxRows(id)).isEqualTo(1);
        }
    }

    @Test
    void theSameEventTwiceInOneBatchIsAppliedOnce() throws Exception {
        List<String> ids = ids(2);
        List<ConsumerRecord<String, String>> batch = records(List.of(ids.get(0), ids.get(1), ids.get(0)), "SomethingHappened");

        assertThat(consumer.consume(batch, r -> { })).isNull();

        assertThat(RecordingConsumer.APPLIED.get(ids.get(0))).hasValue(1);
        assertThat(RecordingConsumer.ATTEMPTS.get(ids.get(0))).hasValue(1);
        assertThat(inboxRows(ids.get(0))).isEqualTo(1);
    }

    @Test
    void aTransientFailureMidBatchIsRetriedAndNothingIsAppliedTwice() throws Exception {
        List<String> ids = ids(3);
        List<ConsumerRecord<String, String>> batch = new ArrayList<>(records(ids.subList(0, 1), "SomethingHappened"));
        batch.addAll(records(ids.subList(1, 2), "DatabaseBrieflyDown"));
        batch.addAll(records(ids.subList(2, 3), "SomethingHappened"));

        assertThat(consumer.consume(batch, r -> { })).isNull();

        assertThat(RecordingConsumer.ATTEMPTS.get(ids.get(1))).hasValue(RecordingConsumer.TRANSIENT_FAILURES + 1);
        for (String id : ids) {
            assertThat(RecordingConsumer.APPLIED.get(id)).as(id).hasValue(1);
            assertThat(inboxRows(id)).isEqualTo(1);
        }
        assertThat(committedOrder(ids)).containsExactlyElementsOf(ids);
        assertThat(ids.stream().map(RecordingConsumer.TRANSACTIONS::get).distinct()).as("still one batch").hasSize(1);
        assertThat(KafkaProbe.readUntil(bootstrap, consumer.deadLetterTopic(), seen -> false, Duration.ofSeconds(2)))
                .noneMatch(r -> ids.stream().anyMatch(r.value()::contains));
    }

    @Test
    void eachRecordOfABatchHasItsOwnConsumerSpanInItsOwnTrace() {
        List<String> ids = ids(2);
        List<String> traces = List.of(trace(), trace());
        List<ConsumerRecord<String, String>> batch = records(ids, "SomethingHappened");
        for (int i = 0; i < 2; i++) {
            batch.get(i).headers().add("traceparent", ("00-" + traces.get(i) + "-00f067aa0ba902b7-01").getBytes(StandardCharsets.UTF_8));
        }

        assertThat(consumer.consume(batch, r -> { })).isNull();

        for (int i = 0; i < 2; i++) {
            String traceId = traces.get(i);
            assertThat(RecordingConsumer.TRACE_IDS.get(ids.get(i))).as("the handler runs in its record's trace").isEqualTo(traceId);
            Eventually.await(Duration.ofSeconds(10), "the span of " + ids.get(i), () -> spans.getFinishedSpanItems().stream()
                    .anyMatch(s -> s.getKind() == SpanKind.CONSUMER && s.getTraceId().equals(traceId)));
            List<SpanData> mine = spans.getFinishedSpanItems().stream()
                    .filter(s -> s.getKind() == SpanKind.CONSUMER && s.getTraceId().equals(traceId)).toList();
            String id = ids.get(i);
            assertThat(mine).singleElement().satisfies(s -> {
                assertThat(s.getParentSpanId()).isEqualTo("00f067aa0ba902b7");
                assertThat(s.getAttributes().asMap().values()).contains(id);
            });
        }
    }

    private static String trace() {
        return "ba7c4ed0" + UUID.randomUUID().toString().replace("-", "").substring(8);
    }

    private static List<String> ids(int n) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(UUID.randomUUID().toString());
        }
        return ids;
    }

    private static List<ConsumerRecord<String, String>> records(List<String> ids, String type) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        for (String id : ids) {
            records.add(new ConsumerRecord<>(TOPIC, 0, OFFSETS.incrementAndGet(), "1", IdempotentConsumerTest.envelope(id, type)));
        }
        return records;
    }

    private static List<String> committedOrder(List<String> ids) {
        return RecordingConsumer.COMMITTED.stream().filter(ids::contains).toList();
    }

    private int inboxRows(String eventId) throws Exception {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT count(*) FROM inbox_event WHERE consumer = 'eventstest-consumer' AND event_id = ?")) {
            ps.setString(1, eventId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
