package cn.gonghui.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Exit;
import org.junit.jupiter.api.Test;

class LocalKafkaTest {

    /** Before the fix, Exit.halt(1) ended this test JVM and Surefire reported a failed fork. */
    @Test
    void anEmbeddedBrokerCannotEndTheJvmThatHostsIt() throws Exception {
        try (LocalKafka kafka = LocalKafka.start()) {
            Exit.halt(1, "log directory lost while stopping");
            Exit.exit(1, "fatal error in a broker thread");

            assertThat(LocalKafka.suppressedExits()).anySatisfy(line -> assertThat(line).contains("halt(1)"))
                    .anySatisfy(line -> assertThat(line).contains("exit(1)"));
            assertThat(roundTrip(kafka.bootstrapServers())).isEqualTo("still serving");
        }
    }

    private static String roundTrip(String bootstrap) throws Exception {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", bootstrap),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("local-kafka-test", "k", "still serving")).get();
        }
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of("bootstrap.servers", bootstrap,
                "group.id", "local-kafka-test", "auto.offset.reset", "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("local-kafka-test"));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(200));
                if (!records.isEmpty()) {
                    return records.iterator().next().value();
                }
            }
        }
        return null;
    }
}
