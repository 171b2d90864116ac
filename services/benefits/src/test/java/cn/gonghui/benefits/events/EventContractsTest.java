package cn.gonghui.benefits.events;

import static cn.gonghui.benefits.Fixtures.activity;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.benefits.Fixtures;
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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Every event benefits publishes reaches benefits.events through the outbox and matches its contract in docs/events/benefits. */
@QuarkusTest
class EventContractsTest {

    static final Path DOCS = Path.of("../../docs/events").toAbsolutePath().normalize();
    static final Set<String> TYPES = Set.of("CardIssued", "CardSuspended", "ActivityJoined");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    ObjectMapper mapper;

    @Test
    void everyPublishedEventMatchesItsDocumentedSchema() throws Exception {
        OrgTree.Tree tree = Fixtures.tree();
        long member = Fixtures.member(tree.enterpriseUnion());
        long card = Api.asMember(member).get("/api/v1/cards/mine").then().extract().jsonPath().getLong("id");
        long signup = Api.asMember(member).post("/api/v1/activities/" + activity(tree.district(), Map.of()) + "/signups")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        Fixtures.org().publish("MemberLeft", "members/" + member, OrgTree.data().put("memberId", member)
                .put("unionId", tree.enterpriseUnion()).put("leftOn", Fixtures.today().toString()));

        List<String> own = List.of("\"cards/" + card + "\"", "\"signups/" + signup + "\"");
        List<ConsumerRecord<String, String>> records = KafkaProbe.readUntil(bootstrap, "benefits.events",
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
            if (own.stream().anyMatch(record.value()::contains)) {
                seen.add(type);
            }
        }
        assertThat(seen).as("this test published every type").containsAll(TYPES);
    }

    @Test
    void theDocumentedExamplesMatchTheirSchemas() throws Exception {
        for (String type : TYPES) {
            JsonNode example = mapper.readTree(DOCS.resolve("benefits/examples/" + type + ".json").toFile());
            assertThat(schema(type).validate(example)).as(type).isEmpty();
        }
    }

    private static JsonSchema schema(String type) {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                builder -> builder.schemaMappers(m -> m.mapPrefix("https://gonghui.cn/events/", DOCS.toUri().toString())));
        return factory.getSchema(SchemaLocation.of("https://gonghui.cn/events/benefits/" + type + ".schema.json"));
    }
}
