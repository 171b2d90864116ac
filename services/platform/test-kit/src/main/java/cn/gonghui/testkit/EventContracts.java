package cn.gonghui.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * A service's event contracts, docs/events/&lt;service&gt;: one JSON Schema per type
 * ({@code https://gonghui.cn/events/<service>/<Type>.schema.json}) and an example of each. What every
 * service's {@code EventContractsTest} checks, once; the test itself makes the events.
 *
 * <pre>
 * EventContracts.of("mediation", TYPES).keyedBySubject().without(idNumber)
 *         .assertPublished(bootstrap, List.of("cases/" + id));
 * </pre>
 */
public final class EventContracts {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration READ_FOR = Duration.ofSeconds(30);

    private final String service;
    private final Set<String> types;
    private final boolean keyedBySubject;
    private final List<String> personalData;
    private final Path docs = docs();
    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(m -> m.mapPrefix("https://gonghui.cn/events/", docs.toUri().toString())));

    private EventContracts(String service, Set<String> types, boolean keyedBySubject, List<String> personalData) {
        this.service = service;
        this.types = Set.copyOf(types);
        this.keyedBySubject = keyedBySubject;
        this.personalData = List.copyOf(personalData);
    }

    /** The contracts of these event types of the service (all it publishes). */
    public static EventContracts of(String service, Set<String> types) {
        return new EventContracts(service, types, false, List.of());
    }

    /** Every record's Kafka key must also be its envelope's {@code subject}. */
    public EventContracts keyedBySubject() {
        return new EventContracts(service, types, true, personalData);
    }

    /** No record may contain any of these strings (names, ID numbers, phones the test gave the service). */
    public EventContracts without(String... strings) {
        return new EventContracts(service, types, keyedBySubject, List.of(strings));
    }

    /** docs/events, found from the module folder the test runs in. */
    private static Path docs() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("docs/events"))) {
                return dir.resolve("docs/events");
            }
        }
        throw new AssertionError("no docs/events above " + Path.of("").toAbsolutePath());
    }

    public JsonSchema schema(String type) {
        return factory.getSchema(SchemaLocation.of("https://gonghui.cn/events/" + service + "/" + type + ".schema.json"));
    }

    /** The documented examples are themselves valid, so a consumer's tests can replay them. */
    public void assertExamplesMatch() throws IOException {
        for (String type : types) {
            JsonNode example = JSON.readTree(docs.resolve(service + "/examples/" + type + ".json").toFile());
            assertThat(schema(type).validate(example)).as(type).isEmpty();
        }
    }

    /**
     * Reads {@code <service>.events} until an event of every type about one of {@code subjects} (e.g.
     * {@code cases/12}, the test's own) has arrived, and checks every record read: its type is one of the
     * contracts, it matches its schema, it is keyed by its subject if so asked, and it carries none of
     * the strings it must not. Fails unless the test's own events covered every type.
     */
    public void assertPublished(String bootstrap, Collection<String> subjects) throws IOException {
        List<String> own = subjects.stream().map(s -> "\"" + s + "\"").toList();
        List<ConsumerRecord<String, String>> records = KafkaProbe.readUntil(bootstrap, service + ".events",
                read -> types.stream().allMatch(type -> read.stream().anyMatch(r -> r.value().contains("\"" + type + "\"")
                        && own.stream().anyMatch(r.value()::contains))),
                READ_FOR);
        Set<String> seen = new HashSet<>();
        for (ConsumerRecord<String, String> record : records) {
            JsonNode event = JSON.readTree(record.value());
            String type = event.get("type").asText();
            assertThat(types).as("an event type without a documented contract").contains(type);
            assertThat(schema(type).validate(event)).as(type + " " + record.value()).isEmpty();
            if (keyedBySubject) {
                assertThat(record.key()).isEqualTo(event.get("subject").asText());
            }
            for (String unwanted : personalData) {
                assertThat(record.value()).doesNotContain(unwanted);
            }
            if (own.stream().anyMatch(record.value()::contains)) {
                seen.add(type);
            }
        }
        assertThat(seen).as("this test published every type").containsAll(types);
    }
}
