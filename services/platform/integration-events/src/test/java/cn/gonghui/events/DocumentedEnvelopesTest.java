package cn.gonghui.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every documented example (docs/events/membership/examples) reads as the EventEnvelope a consumer gets. */
class DocumentedEnvelopesTest {

    static final Path EXAMPLES = Path.of("../../../docs/events/membership/examples");

    /** Like Quarkus's mapper: unknown attributes ignored (a consumer must ignore what it does not know). */
    static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);

    @Test
    void eachExampleReadsWithItsIdTypeSubjectTimeAndData() throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(EXAMPLES)) {
            files = listing.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(files).hasSize(14);
        for (Path file : files) {
            EventEnvelope envelope = MAPPER.readValue(file.toFile(), EventEnvelope.class);
            String type = file.getFileName().toString().replace(".json", "");
            assertThat(envelope.type()).as(file.toString()).isEqualTo(type);
            assertThat(envelope.specversion()).isEqualTo(EventEnvelope.SPEC_VERSION);
            assertThat(envelope.id()).isNotBlank();
            assertThat(envelope.source()).isEqualTo("/gonghui/membership");
            assertThat(envelope.subject()).matches("(unions|enterprises|members|honours|service-points)/[0-9]+");
            assertThat(envelope.time().getOffset()).isEqualTo(ZoneOffset.ofHours(8));
            assertThat(envelope.data().isObject()).isTrue();
        }
    }

    @Test
    void theStoryReadsLineByLine() throws IOException {
        List<String> lines = Files.readAllLines(EXAMPLES.resolve("story.jsonl")).stream().filter(l -> !l.isBlank()).toList();
        assertThat(lines).isNotEmpty();
        for (String line : lines) {
            EventEnvelope envelope = MAPPER.readValue(line, EventEnvelope.class);
            assertThat(envelope.id()).isNotNull();
            assertThat(envelope.type()).isNotNull();
        }
    }

    @Test
    void anAttributeAConsumerDoesNotKnowIsIgnored() throws IOException {
        EventEnvelope envelope = MAPPER.readValue("{\"specversion\":\"1.0\",\"id\":\"a\",\"source\":\"/s\",\"type\":\"T\","
                + "\"time\":\"2026-11-23T10:00:00+08:00\",\"subject\":\"unions/1\",\"traceparent\":\"00-x\",\"data\":{}}", EventEnvelope.class);
        assertThat(envelope.type()).isEqualTo("T");
        assertThat(envelope.datacontenttype()).isNull();
    }
}
