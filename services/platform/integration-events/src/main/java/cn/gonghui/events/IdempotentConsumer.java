package cn.gonghui.events;

import cn.gonghui.tracing.TraceContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.hibernate.Session;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Base of every Kafka consumer: each event's id is recorded in the consumer's own schema in the same
 * transaction as its effect, so a redelivered event changes nothing. A message that cannot be read, or
 * whose effect fails three times for a reason that will not go away, goes to {@code <name>.dlt} with the
 * reason, and consumption goes on. A transient failure (database unreachable or failing over, a lock or
 * serialization conflict) is retried with backoff for as long as it lasts, never dead-lettered. A failed
 * offset commit (a rebalance) is logged and consumption goes on; the inbox absorbs what is read again.
 * Each record is handled in a CONSUMER span whose parent is the record's {@code traceparent} header.
 *
 * <p>The records a poll brings from one partition are applied {@code gonghui.events.consumer-batch-size} (200) to a
 * transaction: one inbox insert for the batch, then each new event's effect in order, each in its own span, and
 * the offsets committed once the transaction has. A batch that fails for a transient reason is retried whole;
 * one that fails otherwise is rolled back and its records handled one at a time as above, so a poison record
 * is dead-lettered alone and its neighbours are applied once.
 */
public abstract class IdempotentConsumer {

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);
    private static final int ATTEMPTS = 3;
    private static final long MAX_BACKOFF_MILLIS = 30_000;

    @Inject
    ObjectMapper mapper;

    @Inject
    EntityManager em;

    @Inject
    KafkaClientConfig kafka;

    @Inject
    Tracer tracer;

    @Inject
    EventsConfig events;

    private volatile boolean running;
    private KafkaConsumer<String, String> consumer;
    private KafkaProducer<String, String> deadLetters;
    private Thread thread;

    /** Names the consumer group, the inbox rows and the dead-letter topic. */
    public abstract String name();

    protected abstract Collection<String> topics();

    /** Applies the event; runs inside the transaction that records the event id. */
    protected abstract void apply(EventEnvelope event);

    /**
     * Called in a batch's transaction before its new events are applied, with those events in order, so that
     * a consumer can read what they need in one query instead of one per event. {@link #apply} must still work
     * without it: a record handled alone (batch size 1, a failed batch, a rebuild) comes without this call.
     */
    protected void beforeBatch(List<EventEnvelope> events) {
    }

    public String deadLetterTopic() {
        return name() + ".dlt";
    }

    /** False when the consumer thread has ended while the service runs (read by the liveness check). */
    public boolean alive() {
        return !running || (thread != null && thread.isAlive());
    }

    /** The first pause between retries of a transient failure; it doubles up to 30 s. */
    protected long transientBackoffMillis() {
        return 200;
    }

    void start(@Observes StartupEvent startup) {
        Properties props = kafka.base();
        props.put(ConsumerConfig.GROUP_ID_CONFIG, name());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
        Properties producerProps = kafka.base();
        producerProps.put(ProducerConfig.ACKS_CONFIG, "all");
        producerProps.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        deadLetters = new KafkaProducer<>(producerProps, new StringSerializer(), new StringSerializer());
        running = true;
        thread = new Thread(this::loop, name() + "-consumer");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        running = false;
        if (consumer != null) {
            consumer.wakeup();
            thread.join(TimeUnit.SECONDS.toMillis(10));
            deadLetters.close(Duration.ofSeconds(5));
        }
    }

    private void loop() {
        try {
            consumer.subscribe(topics());
            while (running) {
                try {
                    pollOnce();
                } catch (WakeupException stopping) {
                    throw stopping;
                } catch (RuntimeException e) {
                    // a commit refused during a rebalance, a broker hiccup: what was not committed is read again
                    LOG.warnf("%s: %s (%s); consuming on", name(), e.getClass().getSimpleName(), e.getMessage());
                    sleep(1000);
                }
            }
        } catch (WakeupException stopping) {
            // shutdown
        } catch (RuntimeException e) {
            LOG.errorf(e, "consumer %s stopped", name());
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    private void pollOnce() {
        var records = consumer.poll(Duration.ofMillis(500));
        Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
        for (TopicPartition partition : records.partitions()) {
            ConsumerRecord<String, String> stoppedAt = consume(records.records(partition),
                    handled -> done.put(partition, new OffsetAndMetadata(handled.offset() + 1)));
            if (stoppedAt != null) {
                // not even the dead-letter topic took it, or the service is stopping: read it again later, keeping the order
                consumer.seek(partition, stoppedAt.offset());
                sleep(1000);
            }
        }
        if (!done.isEmpty()) {
            consumer.commitSync(done);
        }
    }

    /**
     * Records of one partition, in order, {@code gonghui.events.consumer-batch-size} to a transaction. Tells
     * {@code handled} each record that is done (applied, already applied, or dead-lettered), in order, once its
     * transaction has committed; answers the record it stopped at (to be read again), or null. The loop's path for
     * what a poll brought; public so that a consumer's tests can hand it a batch whose contents they choose.
     */
    public ConsumerRecord<String, String> consume(List<ConsumerRecord<String, String>> records, Consumer<ConsumerRecord<String, String>> handled) {
        int size = Math.max(1, events.consumerBatchSize());
        for (int from = 0; from < records.size(); from += size) {
            List<ConsumerRecord<String, String>> chunk = records.subList(from, Math.min(records.size(), from + size));
            ConsumerRecord<String, String> stoppedAt = size == 1 ? oneByOne(chunk, null, handled) : batch(chunk, handled);
            if (stoppedAt != null) {
                return stoppedAt;
            }
        }
        return null;
    }

    /**
     * One transaction for the whole chunk: one inbox insert for all its ids, then each new event's effect in
     * order, each in its own span. When the chunk fails for a reason that is not transient (a poison event,
     * an unreadable record), it is rolled back and its records go one at a time, so the poison one is
     * dead-lettered alone and the others are applied once.
     */
    private ConsumerRecord<String, String> batch(List<ConsumerRecord<String, String>> chunk, Consumer<ConsumerRecord<String, String>> handled) {
        List<Span> spans = new ArrayList<>(chunk.size());
        List<EventEnvelope> read = new ArrayList<>(chunk.size());
        for (ConsumerRecord<String, String> record : chunk) {
            Span span = startSpan(record);
            spans.add(span);
            EventEnvelope event = read(record);
            if (event != null) {
                span.setAttribute("messaging.message.id", event.id());
                span.setAttribute("cloudevents.event_type", event.type());
            }
            read.add(event);
        }
        if (!read.contains(null)) {
            try {
                applyAll(read, spans);
                for (int i = 0; i < chunk.size(); i++) {
                    spans.get(i).end();
                    handled.accept(chunk.get(i));
                }
                return null;
            } catch (RuntimeException e) {
                if (!running) {
                    spans.forEach(span -> end(span, "stopping; read again later"));
                    return chunk.get(0);
                }
                LOG.infof("%s: a batch of %d events failed (%s: %s); applying them one at a time", name(), chunk.size(),
                        e.getClass().getSimpleName(), e.getMessage());
                spans.forEach(span -> span.addEvent("batch rolled back; applied alone"));
            }
        }
        return oneByOne(chunk, spans, handled);
    }

    /** Each record in its own transaction, in the span already started for it when there is one. */
    private ConsumerRecord<String, String> oneByOne(List<ConsumerRecord<String, String>> chunk, List<Span> spans,
            Consumer<ConsumerRecord<String, String>> handled) {
        for (int i = 0; i < chunk.size(); i++) {
            ConsumerRecord<String, String> record = chunk.get(i);
            try {
                process(record, spans == null ? startSpan(record) : spans.get(i));
                handled.accept(record);
            } catch (RuntimeException e) {
                LOG.errorf("%s: message %s-%d/%d not handled, retrying: %s", name(), record.topic(),
                        record.partition(), record.offset(), e.getMessage());
                if (spans != null) {
                    spans.subList(i + 1, spans.size()).forEach(span -> end(span, "read again later"));
                }
                return record;
            }
        }
        return null;
    }

    /** The chunk's transaction, tried again with backoff while it fails for a transient reason. */
    private void applyAll(List<EventEnvelope> read, List<Span> spans) {
        long backoff = transientBackoffMillis();
        while (true) {
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    Set<String> fresh = firstDeliveries(read.stream().map(EventEnvelope::id).toList());
                    List<Integer> toApply = new ArrayList<>();
                    for (int i = 0; i < read.size(); i++) {
                        if (fresh.remove(read.get(i).id())) { // removed: the same event twice in one chunk applies once
                            toApply.add(i);
                        }
                    }
                    if (!toApply.isEmpty()) {
                        beforeBatch(toApply.stream().map(read::get).toList());
                    }
                    for (int i : toApply) {
                        applyIn(spans.get(i), read.get(i));
                    }
                });
                return;
            } catch (RuntimeException e) {
                if (!TransientFailures.isTransient(e) || !running) {
                    throw e;
                }
                LOG.warnf("%s: a batch of %d events waits for a transient failure: %s", name(), read.size(), e.getMessage());
                sleep(backoff);
                backoff = Math.min(backoff * 2, MAX_BACKOFF_MILLIS);
            }
        }
    }

    /** The handler runs with the record's span current: its log lines and the events it writes continue the record's trace. */
    private void applyIn(Span span, EventEnvelope event) {
        Object outerTraceId = MDC.get("traceId");
        Object outerSpanId = MDC.get("spanId");
        try (Scope scope = span.makeCurrent()) {
            MDC.put("traceId", span.getSpanContext().getTraceId());
            MDC.put("spanId", span.getSpanContext().getSpanId());
            apply(event);
        } finally {
            restore("traceId", outerTraceId);
            restore("spanId", outerSpanId);
        }
    }

    private static void end(Span span, String why) {
        span.setStatus(StatusCode.ERROR, why);
        span.end();
    }

    /**
     * One record, the way the consumer loop takes it: applied once (inbox), transient failures waited out,
     * anything else dead-lettered. Answers false when it went to the dead-letter topic. A replica rebuild
     * replays a topic through this same path.
     */
    public boolean process(ConsumerRecord<String, String> record) {
        return process(record, startSpan(record));
    }

    private Span startSpan(ConsumerRecord<String, String> record) {
        return tracer.spanBuilder("process " + record.topic()).setSpanKind(SpanKind.CONSUMER)
                .setParent(TraceContext.extract(name -> header(record, name)))
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", "process")
                .setAttribute("messaging.destination.name", record.topic())
                .setAttribute("messaging.consumer.group.name", name())
                .setAttribute("messaging.destination.partition.id", String.valueOf(record.partition()))
                .setAttribute("messaging.kafka.offset", record.offset())
                .startSpan();
    }

    /** Handles the record in its span, which it ends. */
    private boolean process(ConsumerRecord<String, String> record, Span span) {
        // current while the event is handled: what the handler does (its outbox writes too) continues the trace
        Object outerTraceId = MDC.get("traceId");
        Object outerSpanId = MDC.get("spanId");
        try (Scope scope = span.makeCurrent()) {
            MDC.put("traceId", span.getSpanContext().getTraceId());
            MDC.put("spanId", span.getSpanContext().getSpanId());
            boolean applied = processTraced(record, span);
            if (!applied) {
                span.setStatus(StatusCode.ERROR, "dead-lettered");
            }
            return applied;
        } catch (RuntimeException e) {
            span.recordException(e);
            span.setStatus(StatusCode.ERROR);
            throw e;
        } finally {
            restore("traceId", outerTraceId);
            restore("spanId", outerSpanId);
            span.end();
        }
    }

    /** A rebuild replays records from a request's thread: its ids come back in the log lines after each record. */
    private static void restore(String key, Object outer) {
        if (outer == null) {
            MDC.remove(key);
        } else {
            MDC.put(key, outer);
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private boolean processTraced(ConsumerRecord<String, String> record, Span span) {
        EventEnvelope event;
        try {
            event = envelope(record);
        } catch (Exception e) {
            deadLetter(record, "unreadable envelope: " + e.getClass().getSimpleName());
            return false;
        }
        span.setAttribute("messaging.message.id", event.id());
        span.setAttribute("cloudevents.event_type", event.type());
        RuntimeException last = null;
        int attempt = 0;
        long backoff = transientBackoffMillis();
        while (true) {
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    if (firstDelivery(event.id())) {
                        apply(event);
                    }
                });
                return true;
            } catch (RuntimeException e) {
                last = e;
            }
            if (TransientFailures.isTransient(last)) {
                if (!running) {
                    throw new IllegalStateException("stopping while " + event.id() + " waits for a transient failure to pass", last);
                }
                LOG.warnf("%s: event %s waits for a transient failure: %s", name(), event.id(), last.getMessage());
                sleep(backoff);
                backoff = Math.min(backoff * 2, MAX_BACKOFF_MILLIS);
            } else if (++attempt < ATTEMPTS) {
                sleep(200L * attempt);
            } else {
                break;
            }
        }
        deadLetter(record, "effect failed " + ATTEMPTS + " times: " + last.getClass().getSimpleName() + ": " + last.getMessage());
        return false;
    }

    /** The envelope, or null when the record is not one (it is dead-lettered when handled alone). */
    private EventEnvelope read(ConsumerRecord<String, String> record) {
        try {
            return envelope(record);
        } catch (Exception e) {
            return null;
        }
    }

    private EventEnvelope envelope(ConsumerRecord<String, String> record) throws Exception {
        EventEnvelope event = mapper.readValue(record.value(), EventEnvelope.class);
        if (event.id() == null || event.type() == null) {
            throw new IllegalArgumentException("the envelope has no id or no type");
        }
        return event;
    }

    /** The ids among these that the inbox had not seen, now recorded: one statement for the whole chunk. */
    private Set<String> firstDeliveries(List<String> eventIds) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO inbox_event (consumer, event_id) "
                    + "SELECT ?, unnest(?::text[]) ON CONFLICT DO NOTHING RETURNING event_id")) {
                insert.setString(1, name());
                insert.setArray(2, connection.createArrayOf("text", eventIds.toArray()));
                Set<String> fresh = new HashSet<>();
                try (ResultSet rows = insert.executeQuery()) {
                    while (rows.next()) {
                        fresh.add(rows.getString(1));
                    }
                }
                return fresh;
            }
        });
    }

    private boolean firstDelivery(String eventId) {
        return em.createNativeQuery("INSERT INTO inbox_event (consumer, event_id) VALUES (?1, ?2) ON CONFLICT DO NOTHING")
                .setParameter(1, name()).setParameter(2, eventId).executeUpdate() == 1;
    }

    private void deadLetter(ConsumerRecord<String, String> record, String reason) {
        ProducerRecord<String, String> dead = new ProducerRecord<>(deadLetterTopic(), record.key(), record.value());
        dead.headers().add("dlt-reason", reason.getBytes(StandardCharsets.UTF_8));
        dead.headers().add("dlt-original-topic", record.topic().getBytes(StandardCharsets.UTF_8));
        dead.headers().add("dlt-original-offset", (record.partition() + "/" + record.offset()).getBytes(StandardCharsets.UTF_8));
        for (String name : List.of(TraceContext.TRACEPARENT, TraceContext.TRACESTATE)) {
            Header trace = record.headers().lastHeader(name);
            if (trace != null) {
                dead.headers().add(name, trace.value());
            }
        }
        try {
            deadLetters.send(dead).get(30, TimeUnit.SECONDS);
            LOG.warnf("%s: message %s/%d moved to %s: %s", name(), record.topic(), record.offset(), deadLetterTopic(), reason);
        } catch (Exception e) {
            throw new IllegalStateException("cannot write to dead-letter topic " + deadLetterTopic(), e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
