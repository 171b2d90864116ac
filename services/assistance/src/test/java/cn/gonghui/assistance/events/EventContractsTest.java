package cn.gonghui.assistance.events;

import static cn.gonghui.assistance.Fixtures.approve;
import static cn.gonghui.assistance.Fixtures.campaign;
import static cn.gonghui.assistance.Fixtures.disburse;
import static cn.gonghui.assistance.Fixtures.fund;
import static cn.gonghui.assistance.Fixtures.fundManager;
import static cn.gonghui.assistance.Fixtures.hardshipFile;
import static cn.gonghui.assistance.Fixtures.verifiedGrant;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.assistance.Fixtures;
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
 * Every event assistance publishes reaches assistance.events through the outbox and matches its contract
 * in docs/events/assistance (JSON Schema), and carries no name or ID number.
 */
@QuarkusTest
class EventContractsTest {

    static final Path DOCS = Path.of("../../docs/events").toAbsolutePath().normalize();
    static final Set<String> TYPES = Set.of("HardshipRegistered", "GrantApproved", "GrantDisbursed", "DonationReceived");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    ObjectMapper mapper;

    @Test
    void everyPublishedEventMatchesItsDocumentedSchema() throws Exception {
        OrgTree.Tree tree = Fixtures.tree();
        long fund = fund(tree.district(), "WARM", 0);
        long donation = fundManager().body(Map.of("unionId", tree.street(), "fundId", fund, "donorKind", "PERSON", "donorName", "张捐款",
                        "amountFen", 500_000, "receiptNumber", "R-" + Fixtures.id())).post("/api/v1/donations")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        String idNumber = TestIdentifiers.idNumber();
        long file = hardshipFile(tree.enterpriseUnion(), idNumber);
        long grant = verifiedGrant(campaign(tree.district(), fund, Map.of("noticeDays", 0)), file);
        approve(grant).then().statusCode(200);
        disburse(grant, "PAY-" + grant).then().statusCode(200);

        List<String> own = List.of("\"donations/" + donation + "\"", "\"hardship-files/" + file + "\"", "\"grants/" + grant + "\"");
        List<ConsumerRecord<String, String>> records = KafkaProbe.readUntil(bootstrap, "assistance.events",
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
            assertThat(record.value()).doesNotContain(idNumber).doesNotContain("张捐款");
            if (own.stream().anyMatch(record.value()::contains)) {
                seen.add(type);
            }
        }
        assertThat(seen).as("this test published every type").containsAll(TYPES);
    }

    @Test
    void theDocumentedExamplesMatchTheirSchemas() throws Exception {
        for (String type : TYPES) {
            JsonNode example = mapper.readTree(DOCS.resolve("assistance/examples/" + type + ".json").toFile());
            assertThat(schema(type).validate(example)).as(type).isEmpty();
        }
    }

    private static JsonSchema schema(String type) {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                builder -> builder.schemaMappers(m -> m.mapPrefix("https://gonghui.cn/events/", DOCS.toUri().toString())));
        return factory.getSchema(SchemaLocation.of("https://gonghui.cn/events/assistance/" + type + ".schema.json"));
    }
}
