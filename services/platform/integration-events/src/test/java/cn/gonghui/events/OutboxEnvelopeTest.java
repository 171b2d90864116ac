package cn.gonghui.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The envelope Outbox wraps a payload in, without a transaction (Outbox.envelope). */
class OutboxEnvelopeTest {

    record MemberJoined(long memberId, long unionId, Long enterpriseId, String joinedOn) {
    }

    static final Instant NOON_UTC = Instant.parse("2026-11-23T02:00:00.123Z");

    /** Like Quarkus's mapper: java.time as ISO text. */
    static ObjectMapper mapper() {
        return new ObjectMapper().registerModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    static Outbox outbox() {
        Outbox outbox = new Outbox();
        outbox.config = new EventsConfig() {
            @Override
            public String topic() {
                return "membership.events";
            }

            @Override
            public String source() {
                return "/gonghui/membership";
            }

            @Override
            public Duration relayEvery() {
                return Duration.ofSeconds(1);
            }

            @Override
            public int relayBatchSize() {
                return 500;
            }

            @Override
            public Duration sendTimeout() {
                return Duration.ofSeconds(30);
            }

            @Override
            public int consumerBatchSize() {
                return 200;
            }
        };
        outbox.mapper = mapper();
        outbox.clock = Clock.fixed(NOON_UTC, ZoneId.of("Asia/Shanghai"));
        return outbox;
    }

    @Test
    void theEnvelopeIsACloudEventOfThisServiceAtTheClocksTimeInChina() {
        EventEnvelope envelope = outbox().envelope("MemberJoined", "members/42", new MemberJoined(42, 3, null, "2026-11-23"));
        assertThat(envelope.specversion()).isEqualTo("1.0");
        assertThat(envelope.source()).isEqualTo("/gonghui/membership");
        assertThat(envelope.type()).isEqualTo("MemberJoined");
        assertThat(envelope.subject()).isEqualTo("members/42");
        assertThat(envelope.datacontenttype()).isEqualTo("application/json");
        assertThat(UUID.fromString(envelope.id()).version()).isEqualTo(4);
        assertThat(envelope.time()).isEqualTo(OffsetDateTime.parse("2026-11-23T10:00:00.123+08:00"));
    }

    @Test
    void thePayloadIsKeptAsJsonNullsIncluded() {
        EventEnvelope envelope = outbox().envelope("MemberJoined", "members/42", new MemberJoined(42, 3, null, "2026-11-23"));
        assertThat(envelope.data().get("memberId").asLong()).isEqualTo(42);
        assertThat(envelope.data().has("enterpriseId")).as("a nullable field is written as null").isTrue();
        assertThat(envelope.data().get("enterpriseId").isNull()).isTrue();
        assertThat(envelope.data().get("joinedOn").asText()).isEqualTo("2026-11-23");
    }

    @Test
    void everyEnvelopeHasItsOwnId() {
        Outbox outbox = outbox();
        assertThat(outbox.envelope("UnionRenamed", "unions/3", mapper().createObjectNode()).id())
                .isNotEqualTo(outbox.envelope("UnionRenamed", "unions/3", mapper().createObjectNode()).id());
    }

    @Test
    void writtenAsJsonTheTimeKeepsItsOffsetAndAbsentAttributesAreLeftOut() throws Exception {
        EventEnvelope envelope = outbox().envelope("UnionRenamed", "unions/3", mapper().createObjectNode().put("unionId", 3));
        ObjectNode json = mapper().valueToTree(envelope);
        assertThat(json.get("time").asText()).isEqualTo("2026-11-23T10:00:00.123+08:00");
        assertThat(json.fieldNames()).toIterable().containsExactly("specversion", "id", "source", "type", "time", "subject",
                "datacontenttype", "data");
        EventEnvelope bare = new EventEnvelope("1.0", "x", "/s", "T", null, "unions/1", null, null);
        assertThat(mapper().valueToTree(bare).fieldNames()).toIterable().containsExactly("specversion", "id", "source", "type", "subject");
    }
}
