package cn.gonghui.bargaining.events;

import static cn.gonghui.bargaining.Fixtures.covered;
import static cn.gonghui.bargaining.Fixtures.post;
import static cn.gonghui.bargaining.Fixtures.round;
import static cn.gonghui.bargaining.Fixtures.today;
import static cn.gonghui.bargaining.Fixtures.vote;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.bargaining.Fixtures;
import cn.gonghui.bargaining.TestClock;
import cn.gonghui.bargaining.contract.ContractCalendar;
import cn.gonghui.testkit.Api;
import cn.gonghui.testkit.KafkaProbe;
import cn.gonghui.testkit.OrgTree;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every event bargaining publishes reaches bargaining.events through the outbox and matches its contract in
 * docs/events/bargaining (JSON Schema), and carries no name of a negotiator.
 */
@QuarkusTest
class EventContractsTest {

    static final Path DOCS = Path.of("../../docs/events").toAbsolutePath().normalize();
    static final Set<String> TYPES = Set.of("OfferSent", "ContractSigned", "ContractFiled", "ContractEffective", "ContractExpiring",
            "ContractExpired", "ContractRenewed");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    ObjectMapper mapper;

    @Inject
    ContractCalendar calendar;

    @AfterEach
    void resetClock() {
        TestClock.CLOCK.reset();
    }

    @Test
    void everyPublishedEventMatchesItsDocumentedSchema() throws Exception {
        OrgTree.Tree tree = Fixtures.tree();
        long enterprise = Fixtures.enterprise(tree.enterpriseUnion());
        long old = Fixtures.effective(tree.enterpriseUnion(), List.of(covered(enterprise, 100)), Map.of(), 40, 12);
        LocalDate opens = LocalDate.parse(Api.asAdmin().get("/api/v1/contracts/" + old).then().extract().jsonPath().getString("renewalOpensOn"));
        TestClock.CLOCK.today(opens);
        calendar.run();
        long renewal = post(old, "renewal", Map.of()).then().statusCode(201).extract().jsonPath().getLong("id");
        post(renewal, "answer", Map.of("accepted", true)).then().statusCode(200);
        post(renewal, "rounds", round(3, 3, today())).then().statusCode(201);
        post(renewal, "congress-votes", vote(30, 30, 30)).then().statusCode(201);
        post(renewal, "signing", Map.of("termMonths", 24)).then().statusCode(200);
        String expiresOn = Api.asAdmin().get("/api/v1/contracts/" + old).then().extract().jsonPath().getString("expiresOn");
        TestClock.CLOCK.today(LocalDate.parse(expiresOn).plusDays(1));
        calendar.run();
        Api.asAdmin().get("/api/v1/contracts/" + old).then().statusCode(200).body(org.hamcrest.Matchers.containsString("EXPIRED"));

        List<String> own = List.of("\"contracts/" + old + "\"", "\"contracts/" + renewal + "\"");
        List<ConsumerRecord<String, String>> records = KafkaProbe.readUntil(bootstrap, "bargaining.events",
                seen -> TYPES.stream().allMatch(type -> seen.stream().anyMatch(r -> r.value().contains("\"" + type + "\"")
                        && own.stream().anyMatch(r.value()::contains))),
                Duration.ofSeconds(30));
        Set<String> seen = new HashSet<>();
        for (ConsumerRecord<String, String> record : records) {
            JsonNode event = mapper.readTree(record.value());
            String type = event.get("type").asText();
            assertThat(TYPES).as("an event type without a documented contract").contains(type);
            assertThat(schema(type).validate(event)).as(type + " " + record.value()).isEmpty();
            assertThat(record.key()).isEqualTo(event.get("subject").asText());
            assertThat(record.value()).doesNotContain("王主席").doesNotContain("李总经理");
            if (own.stream().anyMatch(record.value()::contains)) {
                seen.add(type);
            }
        }
        assertThat(seen).as("this test published every type").containsAll(TYPES);
    }

    @Test
    void theDocumentedExamplesMatchTheirSchemas() throws Exception {
        for (String type : TYPES) {
            JsonNode example = mapper.readTree(DOCS.resolve("bargaining/examples/" + type + ".json").toFile());
            assertThat(schema(type).validate(example)).as(type).isEmpty();
        }
    }

    private static JsonSchema schema(String type) {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                builder -> builder.schemaMappers(m -> m.mapPrefix("https://gonghui.cn/events/", DOCS.toUri().toString())));
        return factory.getSchema(SchemaLocation.of("https://gonghui.cn/events/bargaining/" + type + ".schema.json"));
    }
}
