package cn.gonghui.orgreplica;

import cn.gonghui.events.KafkaClientConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

/**
 * Rebuilds (重建) the organisation replica from the start of membership's topic.
 *
 * <p>{@link #rebuild()} deletes, in one transaction, every replica row, every parked event and the inbox
 * rows of {@link OrgReplicaConsumer}. Then a reader without a consumer group replays each partition from
 * offset 0 up to the end it had when the wipe was done, every event through the consumer's own path (inbox and projection)
 * in a transaction of its own, exactly as the consumer applies it. The consumer group's offsets are not
 * touched: the running consumer goes on with newer events, and an event both read is applied once.
 *
 * <p>The operator's procedure:
 * <ol>
 * <li>Check that the topic still holds every event since membership started: a replay only knows what
 *     the topic kept (in Kubernetes {@code membership.events} keeps every event, see k8s/infra).</li>
 * <li>Choose a quiet moment: the consumer has caught up ({@link #lag()} is 0; the rebuild refuses to start
 *     otherwise) and membership publishes nothing until the rebuild returns. An event the running
 *     consumer applies during the replay could be overwritten by older events of the same aggregate that
 *     the replay has not reached yet.</li>
 * <li>Call {@link #rebuild()} (a service exposes it to its administrators as it sees fit; none does yet)
 *     and check that {@code failed} is 0. Events that failed were dead-lettered by the consumer too; when
 *     the log shows database errors instead, run it again.</li>
 * </ol>
 * When the service can be stopped, the same without a replay of its own: stop every pod, delete the rows
 * as above, reset the group with {@code kafka-consumer-groups.sh --group <service>-org-replica --topic
 * membership.events --reset-offsets --to-earliest --execute}, and start the service again.
 */
@ApplicationScoped
public class ReplicaRebuild {

    private static final Logger LOG = Logger.getLogger(ReplicaRebuild.class);

    /** {@code replayed}: events read and handled (applied, duplicate or ignored); {@code failed}: unreadable or failing. */
    public record Outcome(long replayed, long failed) {
    }

    @Inject
    OrgReplicaConsumer consumer;


    @Inject
    KafkaClientConfig kafka;


    @Inject
    EntityManager em;

    /** Refuses to start while the consumer has not caught up ({@link #lag()} above 0). */
    public Outcome rebuild() {
        long lag = lag();
        if (lag > 0) {
            throw new IllegalStateException(consumer.name() + " has " + lag + " events to go; rebuild once it has caught up");
        }
        QuarkusTransaction.requiringNew().run(this::wipe);
        long replayed = 0;
        long failed = 0;
        try (KafkaConsumer<String, String> reader = reader()) {
            List<TopicPartition> partitions = partitions(reader);
            reader.assign(partitions);
            reader.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = reader.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> reader.position(p) < end.get(p))) {
                for (ConsumerRecord<String, String> record : reader.poll(Duration.ofMillis(500))) {
                    if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) {
                        if (consumer.process(record)) {
                            replayed++;
                        } else {
                            failed++;
                        }
                    }
                }
                reader.pause(partitions.stream().filter(p -> reader.position(p) >= end.get(p)).toList());
            }
        }
        LOG.infof("org replica of %s rebuilt from %s: %d events replayed, %d failed", consumer.name(), consumer.topic(),
                replayed, failed);
        return new Outcome(replayed, failed);
    }

    /** How many of the topic's events the consumer group has not committed yet. */
    public long lag() {
        try (Admin admin = Admin.create(kafka.base()); KafkaConsumer<String, String> reader = reader()) {
            List<TopicPartition> partitions = partitions(reader);
            Map<TopicPartition, Long> start = reader.beginningOffsets(partitions);
            Map<TopicPartition, Long> end = reader.endOffsets(partitions);
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(consumer.name())
                    .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
            return partitions.stream().mapToLong(p -> end.get(p) - Math.max(start.get(p),
                    committed.get(p) == null ? 0 : committed.get(p).offset())).sum();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot read the offsets of " + consumer.name(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the offsets of " + consumer.name(), e);
        }
    }

    void wipe() {
        Sql.update(em, "DELETE FROM replica_parked_event");
        Sql.update(em, "DELETE FROM replica_member");
        Sql.update(em, "DELETE FROM replica_enterprise");
        Sql.update(em, "DELETE FROM replica_union");
        Sql.update(em, "DELETE FROM inbox_event WHERE consumer = ?", consumer.name());
    }

    private List<TopicPartition> partitions(KafkaConsumer<String, String> reader) {
        return reader.partitionsFor(consumer.topic()).stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
    }

    private KafkaConsumer<String, String> reader() {
        Properties props = kafka.base();
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        return new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
    }
}
