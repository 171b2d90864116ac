package cn.gonghui.mediation.events;

import static cn.gonghui.mediation.Fixtures.centre;
import static cn.gonghui.mediation.Fixtures.openCase;
import static cn.gonghui.mediation.Fixtures.pay;
import static cn.gonghui.mediation.Fixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.mediation.Fixtures;
import cn.gonghui.testkit.Api;
import cn.gonghui.testkit.KafkaProbe;
import cn.gonghui.testkit.OrgTree;
import cn.gonghui.testkit.TestIdentifiers;
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

/**
 * Every event mediation publishes reaches mediation.events through the outbox and matches its contract in
 * docs/events/mediation (JSON Schema), and carries no name, ID number or phone.
 */
@QuarkusTest
class EventContractsTest {

    static final Path DOCS = Path.of("../../docs/events").toAbsolutePath().normalize();
    static final Set<String> TYPES = Set.of("CaseOpened", "CaseMediated", "PaymentRecovered", "CaseReferredToArbitration", "CaseClosed");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    ObjectMapper mapper;

    @Test
    void everyPublishedEventMatchesItsDocumentedSchema() throws Exception {
        OrgTree.Tree tree = Fixtures.tree();
        long centre = centre(tree.street(), "TOWN_CENTRE");
        Fixtures.Mediator mediator = Fixtures.mediator(centre);
        String idNumber = TestIdentifiers.idNumber();
        long paid = Fixtures.mediatedCase(centre, mediator, 1_000_000, 600_000, Map.of("idNumber", idNumber, "phone", "13900139000",
                "name", "赵六申请人"));
        pay(paid, read(paid).getLong("terms[0].id"), 600_000).then().statusCode(201);
        long referred = openCase(centre, Map.of("stillEmployed", true));
        Api.asAdmin().body(Map.of("reason", "FAILED")).post("/api/v1/cases/" + referred + "/referral").then().statusCode(200);

        List<String> own = List.of("\"cases/" + paid + "\"", "\"cases/" + referred + "\"");
        List<ConsumerRecord<String, String>> records = KafkaProbe.readUntil(bootstrap, "mediation.events",
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
            assertThat(record.value()).doesNotContain(idNumber).doesNotContain("13900139000").doesNotContain("赵六申请人");
            if (own.stream().anyMatch(record.value()::contains)) {
                seen.add(type);
            }
        }
        assertThat(seen).as("this test published every type").containsAll(TYPES);
    }

    @Test
    void theDocumentedExamplesMatchTheirSchemas() throws Exception {
        for (String type : TYPES) {
            JsonNode example = mapper.readTree(DOCS.resolve("mediation/examples/" + type + ".json").toFile());
            assertThat(schema(type).validate(example)).as(type).isEmpty();
        }
    }

    private static JsonSchema schema(String type) {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                builder -> builder.schemaMappers(m -> m.mapPrefix("https://gonghui.cn/events/", DOCS.toUri().toString())));
        return factory.getSchema(SchemaLocation.of("https://gonghui.cn/events/mediation/" + type + ".schema.json"));
    }
}
