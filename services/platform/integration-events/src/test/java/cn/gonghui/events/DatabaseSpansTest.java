package cn.gonghui.events;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.testkit.Eventually;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The SQL a request runs shows in its trace: the outbox insert is a CLIENT span of PostgreSQL under the request's span. */
@QuarkusTest
class DatabaseSpansTest {

    @Inject
    Outbox outbox;

    @Inject
    Tracer tracer;

    @Inject
    InMemorySpanExporter spans;

    @Inject
    jakarta.persistence.EntityManager em;

    @Test
    void aStatementsLiteralValuesNeverReachTheSpan() {
        Span request = tracer.spanBuilder("a lookup").setSpanKind(SpanKind.SERVER).startSpan();
        try (Scope scope = request.makeCurrent()) {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("SELECT count(*) FROM outbox_event WHERE aggregate_id = '110101199003077777'")
                    .getSingleResult());
        } finally {
            request.end();
        }
        String traceId = request.getSpanContext().getTraceId();
        Eventually.await(Duration.ofSeconds(10), "the SELECT in the request's trace", () -> statement(traceId, "select").isPresent());
        assertThat(String.valueOf(statement(traceId, "select").orElseThrow().getAttributes().get(AttributeKey.stringKey("db.statement"))))
                .doesNotContain("110101199003077777").contains("aggregate_id = ?");
    }

    @Test
    void theStatementsOfARequestAreSpansOfItsTrace() {
        Span request = tracer.spanBuilder("a request").setSpanKind(SpanKind.SERVER).startSpan();
        try (Scope scope = request.makeCurrent()) {
            QuarkusTransaction.requiringNew().run(() -> outbox.record("Traced", "things/" + UUID.randomUUID(), Map.of("n", 1)));
        } finally {
            request.end();
        }
        String traceId = request.getSpanContext().getTraceId();
        Eventually.await(Duration.ofSeconds(10), "the outbox INSERT in the request's trace", () -> statement(traceId, "insert into").isPresent());
        SpanData insert = statement(traceId, "insert into").orElseThrow();
        assertThat(insert.getKind()).isEqualTo(SpanKind.CLIENT);
        assertThat(insert.getParentSpanId()).isEqualTo(request.getSpanContext().getSpanId());
    }

    private Optional<SpanData> statement(String traceId, String starting) {
        return spans.getFinishedSpanItems().stream()
                .filter(s -> s.getTraceId().equals(traceId))
                .filter(s -> "postgresql".equals(s.getAttributes().get(AttributeKey.stringKey("db.system"))))
                .filter(s -> String.valueOf(s.getAttributes().get(AttributeKey.stringKey("db.statement"))).toLowerCase().startsWith(starting))
                .findFirst();
    }
}
