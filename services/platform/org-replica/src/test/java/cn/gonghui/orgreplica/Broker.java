package cn.gonghui.orgreplica;

import cn.gonghui.events.KafkaClientConfig;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** Publishes envelopes to the real broker the way membership does: union events under {@code union-tree}, others under their subject. */
@ApplicationScoped
class Broker {

    @Inject
    KafkaClientConfig kafka;

    @Inject
    OrgReplicaConsumer consumer;

    private KafkaProducer<String, String> producer;

    @PostConstruct
    void open() {
        Properties props = kafka.base();
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
    }

    @PreDestroy
    void close() {
        producer.close(Duration.ofSeconds(5));
    }

    /** Answers the event's id once the broker has it. */
    String publish(String envelope) {
        try {
            JsonNode node = Envelopes.JSON.readTree(envelope);
            String subject = node.path("subject").asText();
            String key = subject.startsWith("unions/") ? "union-tree" : subject;
            producer.send(new ProducerRecord<>(consumer.topic(), key, envelope)).get(30, TimeUnit.SECONDS);
            return node.path("id").asText();
        } catch (Exception e) {
            throw new IllegalStateException("cannot publish " + envelope, e);
        }
    }

    List<String> publish(List<String> envelopes) {
        return envelopes.stream().map(this::publish).toList();
    }
}
