package cn.gonghui.events;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.testkit.Eventually;
import cn.gonghui.testkit.KafkaProbe;
import io.agroal.api.AgroalDataSource;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The trace context goes from the writing transaction through the outbox and Kafka into the consumer. */
@QuarkusTest
class TraceThroughKafkaTest {

    static final String TOPIC = "eventstest.events";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    Outbox outbox;

    @Inject
    Tracer tracer;

    @Inject
    InMemorySpanExporter spans;

    @Inject
    AgroalDataSource db;

    /** Before: the record carried no trace, and the consumer started a trace of its own. */
    @Test
    void anEventCarriesTheTraceOfTheTransactionThatWroteIt() throws Exception {
        String subject = "things/" + UUID.randomUUID();
        Span request = tracer.spanBuilder("a request").setSpanKind(SpanKind.SERVER).startSpan();
        EventEnvelope written;
        try (Scope scope = request.makeCurrent()) {
            written = QuarkusTransaction.requiringNew().call(() -> outbox.record("Traced", subject, Map.of("n", 1)));
        } finally {
            request.end();
        }
        String traceId = request.getSpanContext().getTraceId();
        assertThat(storedTraceparent(written.id())).isEqualTo("00-" + traceId + "-" + request.getSpanContext().getSpanId() + "-01");

        ConsumerRecord<String, String> record = read(TOPIC, r -> r.value().contains(written.id()));
        String[] traceparent = header(record, "traceparent").orElseThrow().split("-");
        assertThat(traceparent[1]).as("the record's trace is the request's").isEqualTo(traceId);
        SpanData publish = awaitSpan(s -> s.getKind() == SpanKind.PRODUCER && s.getTraceId().equals(traceId));
        assertThat(publish.getName()).isEqualTo("publish " + TOPIC);
        assertThat(publish.getParentSpanId()).isEqualTo(request.getSpanContext().getSpanId());
        assertThat(traceparent[2]).as("the record's parent is the publish span").isEqualTo(publish.getSpanId());
    }

    @Test
    void aRecordIsHandledInAConsumerSpanOfItsTraceAndWhatTheHandlerPublishesStaysInIt() {
        String traceId = "5e1ec7ed" + UUID.randomUUID().toString().replace("-", "").substring(8);
        String parentSpanId = "00f067aa0ba902b7";
        String id = UUID.randomUUID().toString();
        KafkaProbe.send(bootstrap, RecordingConsumer.TOPIC, "7", IdempotentConsumerTest.envelope(id, RecordingConsumer.ANSWER_ME),
                Map.of("traceparent", "00-" + traceId + "-" + parentSpanId + "-01"));
        Eventually.await(Duration.ofSeconds(30), "AnswerMe " + id + " applied", () -> RecordingConsumer.APPLIED.containsKey(id));

        assertThat(RecordingConsumer.TRACE_IDS.get(id)).as("the handler runs in the record's trace").isEqualTo(traceId);
        SpanData process = awaitSpan(s -> s.getKind() == SpanKind.CONSUMER && s.getTraceId().equals(traceId));
        assertThat(process.getName()).isEqualTo("process " + RecordingConsumer.TOPIC);
        assertThat(process.getParentSpanId()).isEqualTo(parentSpanId);
        assertThat(process.getAttributes().asMap().values()).contains(id, "eventstest-consumer");

        ConsumerRecord<String, String> answer = read(TOPIC, r -> r.value().contains("Answered") && r.value().contains(id));
        assertThat(header(answer, "traceparent").orElseThrow().split("-")[1])
                .as("the event the handler wrote continues the trace").isEqualTo(traceId);
    }

    private SpanData awaitSpan(java.util.function.Predicate<SpanData> which) {
        Eventually.await(Duration.ofSeconds(10), "a matching span", () -> spans.getFinishedSpanItems().stream().anyMatch(which));
        return spans.getFinishedSpanItems().stream().filter(which).findFirst().orElseThrow();
    }

    private ConsumerRecord<String, String> read(String topic, java.util.function.Predicate<ConsumerRecord<String, String>> which) {
        List<ConsumerRecord<String, String>> records = KafkaProbe.readUntil(bootstrap, topic,
                seen -> seen.stream().anyMatch(which), Duration.ofSeconds(30));
        return records.stream().filter(which).findFirst().orElseThrow(() -> new AssertionError("no such record on " + topic));
    }

    private static Optional<String> header(ConsumerRecord<String, String> record, String name) {
        return Optional.ofNullable(record.headers().lastHeader(name)).map(h -> new String(h.value(), StandardCharsets.UTF_8));
    }

    private String storedTraceparent(String eventId) throws Exception {
        try (Connection c = db.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT traceparent FROM outbox_event WHERE event_id = ?::uuid")) {
            ps.setString(1, eventId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
