package cn.gonghui.events;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

/**
 * Publishes outbox rows to Kafka in their commit order, with an idempotent producer (acks=all), and
 * marks them sent. A row that fails stays unsent and is retried on the next pass, and nothing after it
 * is marked, so an aggregate's order holds. Only one replica relays at a time (a Postgres advisory lock).
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final long LOCK_KEY = 0x6f7574626f78L; // "outbox"

    @Inject
    EntityManager em;

    @Inject
    EventsConfig config;

    @Inject
    MeterRegistry registry;

    @Inject
    KafkaClientConfig kafka;

    private KafkaProducer<String, String> producer;
    private volatile double lagSeconds;
    private volatile long pending;

    @PostConstruct
    void start() {
        Properties props = kafka.base();
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) config.sendTimeout().toMillis());
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.min(config.sendTimeout().toMillis(), 15_000));
        props.put(ProducerConfig.CLIENT_ID_CONFIG, config.source().replace('/', '-') + "-outbox");
        producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
        Gauge.builder("outbox.lag.seconds", () -> lagSeconds)
                .description("Age of the oldest event not yet published to Kafka").register(registry);
        Gauge.builder("outbox.pending", () -> pending)
                .description("Events waiting in the outbox").register(registry);
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

    /** One batch in one transaction; answers how many rows were published. */
    int publishBatch() {
        Boolean locked = (Boolean) em.createNativeQuery("SELECT pg_try_advisory_xact_lock(?1)")
                .setParameter(1, LOCK_KEY).getSingleResult();
        if (!locked) {
            return 0;
        }
        List<OutboxEvent> batch = OutboxEvent.<OutboxEvent>find("publishedAt is null order by seq")
                .page(0, config.relayBatchSize()).list();
        List<Future<RecordMetadata>> sent = new ArrayList<>(batch.size());
        for (OutboxEvent event : batch) {
            ProducerRecord<String, String> record = new ProducerRecord<>(event.topic, event.aggregateId, event.envelope);
            record.headers().add("ce_id", event.eventId.toString().getBytes(StandardCharsets.UTF_8));
            record.headers().add("ce_type", event.type.getBytes(StandardCharsets.UTF_8));
            record.headers().add("content-type", "application/cloudevents+json".getBytes(StandardCharsets.UTF_8));
            sent.add(producer.send(record));
        }
        OffsetDateTime now = OffsetDateTime.now();
        int published = 0;
        for (int i = 0; i < batch.size(); i++) {
            OutboxEvent event = batch.get(i);
            try {
                sent.get(i).get(config.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
                event.publishedAt = now;
                published++;
            } catch (Exception e) {
                event.attempts++;
                event.lastError = String.valueOf(e.getMessage());
                LOG.warnf("event %s (%s) not published, attempt %d: %s", event.eventId, event.type, event.attempts, e.getMessage());
                break;
            }
        }
        measureLag();
        return published;
    }

    private void measureLag() {
        Object[] row = (Object[]) em.createNativeQuery(
                "SELECT count(*), EXTRACT(EPOCH FROM now() - min(occurred_at)) FROM outbox_event WHERE published_at IS NULL")
                .getSingleResult();
        pending = ((Number) row[0]).longValue();
        lagSeconds = row[1] == null ? 0 : ((Number) row[1]).doubleValue();
    }

    @Scheduled(every = "1h", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void removePublished() {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "DELETE FROM outbox_event WHERE published_at < now() - interval '7 days'").executeUpdate());
    }
}
