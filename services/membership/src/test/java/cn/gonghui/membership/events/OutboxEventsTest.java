package cn.gonghui.membership.events;

import static cn.gonghui.membership.Fixtures.tree;
import static cn.gonghui.testkit.Api.asAdmin;
import static cn.gonghui.testkit.TestIdentifiers.idNumber;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.testkit.KafkaProbe;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Changes reach the real broker through the outbox, in order per aggregate, without personal data. */
@QuarkusTest
class OutboxEventsTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    ObjectMapper mapper;

    @Test
    void memberJoinedIsPublishedAsACloudEventWithoutTheIdNumber() throws Exception {
        var t = tree();
        String id = idNumber();
        long member = asAdmin().body(Map.of("name", "钱九", "idNumber", id, "phone", "13512345678", "unionId", t.enterpriseUnion()))
                .post("/api/v1/members").then().statusCode(201).extract().jsonPath().getLong("id");
        List<ConsumerRecord<String, String>> records = KafkaProbe.readUntil(bootstrap, "membership.events",
                seen -> seen.stream().anyMatch(r -> r.key().equals("members/" + member)), Duration.ofSeconds(20));
        ConsumerRecord<String, String> record = records.stream().filter(r -> r.key().equals("members/" + member))
                .findFirst().orElseThrow(() -> new AssertionError("MemberJoined for " + member + " never reached Kafka"));
        JsonNode event = mapper.readTree(record.value());
        assertThat(event.get("specversion").asText()).isEqualTo("1.0");
        assertThat(event.get("type").asText()).isEqualTo("MemberJoined");
        assertThat(event.get("source").asText()).isEqualTo("/gonghui/membership");
        assertThat(event.get("subject").asText()).isEqualTo("members/" + member);
        assertThat(event.get("id").asText()).isNotBlank();
        assertThat(event.get("data").get("memberId").asLong()).isEqualTo(member);
        assertThat(event.get("data").get("unionId").asLong()).isEqualTo(t.enterpriseUnion());
        assertThat(record.value()).doesNotContain(id).doesNotContain(id.substring(0, 6) + "*")
                .doesNotContain("13512345678").doesNotContain("5678");
        assertThat(new String(record.headers().lastHeader("ce_type").value())).isEqualTo("MemberJoined");
    }

    /** The event continues the trace of the request that caused it; the answer names that trace (X-Trace-Id). */
    @Test
    void memberJoinedCarriesTheTraceOfTheRequest() {
        var t = tree();
        var response = asAdmin().body(Map.of("name", "孙十", "idNumber", idNumber(), "unionId", t.enterpriseUnion()))
                .post("/api/v1/members").then().statusCode(201).extract();
        String traceId = response.header("X-Trace-Id");
        assertThat(traceId).matches("[0-9a-f]{32}");
        long member = response.jsonPath().getLong("id");
        ConsumerRecord<String, String> record = KafkaProbe.readUntil(bootstrap, "membership.events",
                seen -> seen.stream().anyMatch(r -> r.key().equals("members/" + member)), Duration.ofSeconds(20))
                .stream().filter(r -> r.key().equals("members/" + member)).findFirst()
                .orElseThrow(() -> new AssertionError("MemberJoined for " + member + " never reached Kafka"));
        assertThat(record.headers().lastHeader("traceparent")).as("traceparent header").isNotNull();
        assertThat(new String(record.headers().lastHeader("traceparent").value()).split("-")[1]).isEqualTo(traceId);
    }

    @Test
    void anAggregatesEventsKeepTheirOrder() {
        var t = tree();
        long union = t.enterpriseUnion();
        String etag = asAdmin().get("/api/v1/unions/" + union).then().extract().header("ETag");
        asAdmin().header("If-Match", etag).body(Map.of("name", "改名一")).patch("/api/v1/unions/" + union).then().statusCode(200);
        long otherStreet = cn.gonghui.membership.Fixtures.createUnion(t.district(), "STREET_TOWN_FEDERATION", "另一街道");
        asAdmin().body(Map.of("newParentId", otherStreet)).post("/api/v1/unions/" + union + "/move").then().statusCode(200);
        asAdmin().body(Map.of()).post("/api/v1/unions/" + union + "/dissolve").then().statusCode(200);
        List<ConsumerRecord<String, String>> records = KafkaProbe.readUntil(bootstrap, "membership.events",
                seen -> seen.stream().anyMatch(r -> subject(r).equals("unions/" + union) && type(r.value()).equals("UnionDissolved")),
                Duration.ofSeconds(20));
        List<String> types = records.stream().filter(r -> subject(r).equals("unions/" + union)).map(r -> type(r.value())).toList();
        assertThat(types).containsExactly("UnionCreated", "UnionRenamed", "UnionMoved", "UnionDissolved");
    }

    /** Every union-tree event shares one key, so the tree's changes keep one order across unions (review S8). */
    @Test
    void aChildsCreationNeverOvertakesItsParentsMove() {
        var t = tree();
        long otherStreet = cn.gonghui.membership.Fixtures.createUnion(t.district(), "STREET_TOWN_FEDERATION", "另一街道");
        asAdmin().body(Map.of("newParentId", otherStreet)).post("/api/v1/unions/" + t.enterpriseUnion() + "/move").then().statusCode(200);
        long child = cn.gonghui.membership.Fixtures.createUnion(t.street(), "ENTERPRISE_UNION", "后建企业工会");
        List<ConsumerRecord<String, String>> records = KafkaProbe.readUntil(bootstrap, "membership.events",
                seen -> seen.stream().anyMatch(r -> subject(r).equals("unions/" + child)), Duration.ofSeconds(20));
        List<ConsumerRecord<String, String>> tree = records.stream()
                .filter(r -> List.of("unions/" + t.enterpriseUnion(), "unions/" + child, "unions/" + otherStreet).contains(subject(r)))
                .toList();
        assertThat(tree).extracting(ConsumerRecord::key).containsOnly("union-tree");
        assertThat(tree).extracting(r -> subject(r) + " " + type(r.value())).containsSubsequence(
                "unions/" + otherStreet + " UnionCreated", "unions/" + t.enterpriseUnion() + " UnionMoved", "unions/" + child + " UnionCreated");
    }

    private String subject(ConsumerRecord<String, String> record) {
        return json(record.value()).get("subject").asText();
    }

    private String type(String envelope) {
        return json(envelope).get("type").asText();
    }

    private JsonNode json(String envelope) {
        try {
            return mapper.readTree(envelope);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + envelope, e);
        }
    }

    @Test
    void relayLagAndPendingAreMetrics() {
        String metrics = io.restassured.RestAssured.given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).contains("outbox_lag_seconds").contains("outbox_pending");
    }

    @Test
    void aFailedRequestPublishesNothing() {
        var t = tree();
        String id = idNumber();
        asAdmin().body(Map.of("name", "甲", "idNumber", id, "unionId", t.enterpriseUnion())).post("/api/v1/members")
                .then().statusCode(201);
        // the duplicate is refused, and its transaction (with any event it wrote) rolls back
        asAdmin().body(Map.of("name", "甲", "idNumber", id, "unionId", t.street())).post("/api/v1/members").then().statusCode(409);
        long joinedInStreet = KafkaProbe.readUntil(bootstrap, "membership.events", seen -> false, Duration.ofSeconds(3))
                .stream().filter(r -> type(r.value()).equals("MemberJoined") && json(r.value()).get("data").get("unionId").asLong() == t.street())
                .count();
        assertThat(joinedInStreet).isZero();
    }
}
