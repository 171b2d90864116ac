package cn.gonghui.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import cn.gonghui.testkit.Eventually;
import cn.gonghui.testkit.KafkaProbe;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IdempotentConsumerTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    RecordingConsumer consumer;

    @Inject
    AgroalDataSource db;

    static String envelope(String id, String type) {
        return "{\"specversion\":\"1.0\",\"id\":\"" + id + "\",\"source\":\"/test\",\"type\":\"" + type
                + "\",\"time\":\"2026-11-22T10:00:00+08:00\",\"subject\":\"1\",\"data\":{\"n\":1}}";
    }

    @Test
    void aRedeliveredEventIsAppliedOnce() throws Exception {
        String id = UUID.randomUUID().toString();
        String marker = UUID.randomUUID().toString();
        KafkaProbe.send(bootstrap, RecordingConsumer.TOPIC, "1", envelope(id, "SomethingHappened"));
        KafkaProbe.send(bootstrap, RecordingConsumer.TOPIC, "1", envelope(id, "SomethingHappened"));
        KafkaProbe.send(bootstrap, RecordingConsumer.TOPIC, "1", envelope(marker, "SomethingHappened"));
        // the marker comes after both copies on the same partition: once it is applied, both copies were seen
        Eventually.await(Duration.ofSeconds(30), () -> RecordingConsumer.APPLIED.containsKey(marker));
        assertThat(RecordingConsumer.APPLIED.get(id)).hasValue(1);
        assertThat(inboxRows(id)).isEqualTo(1);
    }

    @Test
    void poisonMessagesGoToTheDeadLetterTopicWithTheReasonAndConsumptionGoesOn() throws Exception {
        String failing = UUID.randomUUID().toString();
        String after = UUID.randomUUID().toString();
        KafkaProbe.send(bootstrap, RecordingConsumer.TOPIC, "2", "this is not json " + failing);
        KafkaProbe.send(bootstrap, RecordingConsumer.TOPIC, "2", envelope(failing, "AlwaysFails"));
        KafkaProbe.send(bootstrap, RecordingConsumer.TOPIC, "2", envelope(after, "SomethingHappened"));
        Eventually.await(Duration.ofSeconds(30), () -> RecordingConsumer.APPLIED.containsKey(after));
        List<ConsumerRecord<String, String>> dead = KafkaProbe.readUntil(bootstrap, consumer.deadLetterTopic(),
                seen -> seen.stream().filter(r -> r.value().contains(failing)).count() >= 2, Duration.ofSeconds(20));
        List<String> reasons = dead.stream().filter(r -> r.value().contains(failing))
                .map(r -> new String(r.headers().lastHeader("dlt-reason").value())).toList();
        assertThat(reasons).hasSize(2);
        assertThat(reasons.get(0)).startsWith("unreadable envelope");
        assertThat(reasons.get(1)).contains("this event cannot be applied");
        assertThat(inboxRows(failing)).as("a failed effect leaves no inbox row").isZero();
        assertThat(RecordingConsumer.APPLIED.getOrDefault(failing, new AtomicInteger())).hasValue(0);
    }

    /** Before: three attempts, then the dead-letter topic, and the effect was lost for good. */
    @Test
    void aTransientDatabaseFailureIsRetriedUntilItPassesAndNeverDeadLettered() throws Exception {
        String id = UUID.randomUUID().toString();
        KafkaProbe.send(bootstrap, RecordingConsumer.TOPIC, "3", envelope(id, "DatabaseBrieflyDown"));
        Eventually.await(Duration.ofSeconds(30), () -> RecordingConsumer.APPLIED.containsKey(id));
        assertThat(RecordingConsumer.ATTEMPTS.get(id)).hasValue(RecordingConsumer.TRANSIENT_FAILURES + 1);
        assertThat(inboxRows(id)).isEqualTo(1);
        assertThat(KafkaProbe.readUntil(bootstrap, consumer.deadLetterTopic(), seen -> false, Duration.ofSeconds(2)))
                .noneMatch(r -> r.value().contains(id));
        given().get("/q/health/live").then().statusCode(200).body("checks.find { it.name == 'kafka-consumers' }.status", is("UP"));
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
