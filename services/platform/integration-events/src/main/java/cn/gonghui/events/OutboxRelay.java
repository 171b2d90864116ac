package cn.gonghui.events;

import cn.gonghui.tracing.TraceContext;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.Properties;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

/**
 * Publishes outbox rows to Kafka in their commit order, with an idempotent producer (acks=all), and
 * marks them sent. A row that fails stays unsent and is retried on the next pass; rows after it are
 * marked only when their key differs from every failed row's, so other aggregates are not re-sent. A row
 * the broker will never take (too large, not authorised) is parked at once (counted in
 * {@code outbox.parked}) so it stops blocking its key; its key's later events then reach consumers
 * before it, and an operator decides what to do with it. One pod per service relays at a time: a Postgres
 * advisory lock named after the service's schema, so services sharing a database do not wait on each other.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    @Inject
    EntityManager em;

    @Inject
    EventsConfig config;

    @Inject
    MeterRegistry registry;

    @Inject
    KafkaClientConfig kafka;

    @Inject
    Clock clock;

    @Inject
    Tracer tracer;

    private KafkaProducer<String, String> producer;
    private volatile double lagSeconds;
    private volatile long pending;
    private volatile long parked;

    @PostConstruct
    void start() {
        Properties props = kafka.base();
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) config.sendTimeout().toMillis());
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.min(config.sendTimeout().toMillis(), 15_000));
        // send() blocks while topic metadata is missing; never longer than a batch may take
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) Math.min(config.sendTimeout().toMillis(), 10_000));
        props.put(ProducerConfig.CLIENT_ID_CONFIG, config.source().replace('/', '-') + "-outbox");
        producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
        Gauge.builder("outbox.lag.seconds", () -> lagSeconds)
                .description("Age of the oldest event not yet published to Kafka").register(registry);
        Gauge.builder("outbox.pending", () -> pending)
                .description("Events waiting in the outbox").register(registry);
        Gauge.builder("outbox.parked", () -> parked)
                .description("Events the broker refused too often; they wait for an operator").register(registry);
    }

    @PreDestroy
    void stop() {
        producer.close(Duration.ofSeconds(5));
    }

    @Scheduled(every = "${gonghui.events.relay-every:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void relay() {
        try {
            while (QuarkusTransaction.requiringNew().call(this::publishBatch) == config.relayBatchSize()) {
                // a full batch: more may be waiting
            }
        } catch (RuntimeException e) {
            LOG.warnf("outbox relay pass failed, will retry: %s", e.getMessage());
        }
    }

    /** One batch in one transaction; answers how many rows were looked at (a full batch means: go on). */
    int publishBatch() {
        Boolean locked = (Boolean) em.createNativeQuery("SELECT pg_try_advisory_xact_lock(hashtext(current_schema() || '.outbox'))")
                .getSingleResult();
        if (!locked) {
            return 0;
        }
        List<OutboxEvent> batch = OutboxEvent.<OutboxEvent>find("publishedAt is null and parkedAt is null order by seq")
                .page(0, config.relayBatchSize()).list();
        List<Future<RecordMetadata>> sent = new ArrayList<>(batch.size());
        for (OutboxEvent event : batch) {
            Future<RecordMetadata> future = send(event);
            sent.add(future);
            if (future.isDone() && failed(future)) {
                break; // refused before it left (no topic metadata, full buffer): the rest would wait as long
            }
        }
        boolean settled = settle(batch.subList(0, sent.size()), sent, config.sendTimeout(), OffsetDateTime.now(clock));
        boolean full = sent.size() == batch.size() && settled;
        measureLag();
        return full ? batch.size() : 0;
    }

    /**
     * Waits for each row's acknowledgement in order and records the outcome on the row: published, unless
     * an earlier row of the same key failed in this pass (it goes again after that one, keeping the key's
     * order); a failed row counts an attempt, and is parked if the broker will never take it. Answers
     * whether every row went through.
     */
    static boolean settle(List<OutboxEvent> rows, List<Future<RecordMetadata>> acks, Duration timeout, OffsetDateTime now) {
        Set<String> failedKeys = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            OutboxEvent event = rows.get(i);
            try {
                acks.get(i).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                if (!failedKeys.contains(event.aggregateId)) {
                    event.publishedAt = now;
                }
            } catch (Exception e) {
                Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
                failedKeys.add(event.aggregateId);
                event.attempts++;
                event.lastError = cause.getClass().getSimpleName() + ": " + cause.getMessage();
                if (refusedForGood(cause)) {
                    event.parkedAt = now;
                    LOG.errorf("event %s (%s, key %s) parked: the broker will never take it: %s", event.eventId, event.type,
                            event.aggregateId, event.lastError);
                } else {
                    LOG.warnf("event %s (%s) not published, attempt %d: %s", event.eventId, event.type, event.attempts,
                            event.lastError);
                }
            }
        }
        return failedKeys.isEmpty();
    }

    private static boolean failed(Future<?> future) {
        try {
            future.get(0, TimeUnit.MILLISECONDS);
            return false;
        } catch (Exception e) {
            return true;
        }
    }

    /**
     * What the broker or the client refuses whatever happens (too large, not authorised, invalid): parked at
     * once. A broker that is down, slow or electing a leader, or a topic whose metadata is missing, is
     * retried for as long as it lasts, and outbox_lag_seconds shows it.
     */
    static boolean refusedForGood(Throwable cause) {
        return cause instanceof KafkaException && !(cause instanceof RetriableException)
                && !(cause instanceof org.apache.kafka.common.errors.TimeoutException)
                && !(cause instanceof org.apache.kafka.common.errors.InterruptException);
    }

    /**
     * Sends the row inside a PRODUCER span, a child of the trace context stored on the row, and passes that
     * span on in the {@code traceparent}/{@code tracestate} headers.
     */
    private Future<RecordMetadata> send(OutboxEvent event) {
        ProducerRecord<String, String> record = new ProducerRecord<>(event.topic, event.aggregateId, event.envelope);
        record.headers().add("ce_id", event.eventId.toString().getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_type", event.type.getBytes(StandardCharsets.UTF_8));
        record.headers().add("content-type", "application/cloudevents+json".getBytes(StandardCharsets.UTF_8));
        Context written = TraceContext.extract(name -> switch (name) {
            case TraceContext.TRACEPARENT -> event.traceparent;
            case TraceContext.TRACESTATE -> event.tracestate;
            default -> null;
        });
        Span span = tracer.spanBuilder("publish " + event.topic).setParent(written).setSpanKind(SpanKind.PRODUCER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", "publish")
                .setAttribute("messaging.destination.name", event.topic)
                .setAttribute("messaging.message.id", event.eventId.toString())
                .setAttribute("messaging.kafka.message.key", event.aggregateId)
                .setAttribute("cloudevents.event_type", event.type)
                .startSpan();
        TraceContext.headers(written.with(span)).forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        try {
            return producer.send(record, (metadata, failure) -> {
                if (failure != null) {
                    span.recordException(failure);
                    span.setStatus(StatusCode.ERROR);
                }
                span.end();
            });
        } catch (RuntimeException e) {
            span.recordException(e);
            span.setStatus(StatusCode.ERROR);
            span.end();
            return CompletableFuture.failedFuture(e);
        }
    }

    private void measureLag() {
        Object[] row = (Object[]) em.createNativeQuery("""
                SELECT count(*) FILTER (WHERE parked_at IS NULL),
                       EXTRACT(EPOCH FROM now() - min(occurred_at) FILTER (WHERE parked_at IS NULL)),
                       count(*) FILTER (WHERE parked_at IS NOT NULL)
                FROM outbox_event WHERE published_at IS NULL""")
                .getSingleResult();
        pending = ((Number) row[0]).longValue();
        lagSeconds = row[1] == null ? 0 : ((Number) row[1]).doubleValue();
        parked = ((Number) row[2]).longValue();
    }

    @Scheduled(every = "1h", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void removeOldRows() {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("DELETE FROM outbox_event WHERE published_at < now() - interval '7 days'").executeUpdate();
            // redeliveries come within hours (a consumer group's offsets are committed after each batch)
            em.createNativeQuery("DELETE FROM inbox_event WHERE processed_at < now() - interval '30 days'").executeUpdate();
        });
    }
}
