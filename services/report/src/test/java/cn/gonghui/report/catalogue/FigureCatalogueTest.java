package cn.gonghui.report.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Keeps the figure catalogue (src/main/resources/report/figures.tsv) honest: every row parses (known
 * programme, service and unit, unique id, an expression in the grammar), and every path of every
 * expression exists in the committed OpenAPI schema of its service's stats response
 * (docs/openapi/&lt;service&gt;.yaml), down to a number, with each filter's keys fields of the array's items.
 * When a service renames a stats field, this test names the figures that break.
 */
class FigureCatalogueTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void everyRowParsesWithKnownProgrammeServiceAndUnitAndAUniqueId() {
        FigureCatalogue catalogue = FigureCatalogue.load();
        assertThat(catalogue.figures()).isNotEmpty();
        assertThat(catalogue.figures()).extracting(Figure::id).doesNotHaveDuplicates().allMatch(id -> id.matches("S\\d-\\d{2}"));
        assertThat(catalogue.figures()).allSatisfy(f -> assertThat(f.label()).isNotBlank());
        for (Service programme : Service.values()) {
            assertThat(catalogue.of(programme)).as("figures of %s", programme.id()).isNotEmpty();
            assertThat(catalogue.of(programme).stream().filter(Figure::headline)).as("headline figures of %s", programme.id()).isNotEmpty();
        }
    }

    @Test
    void everyExpressionNamesFieldsThatItsServicesStatsResponseHas() throws IOException {
        Map<Service, JsonNode> specs = new EnumMap<>(Service.class);
        for (Service s : Service.values()) {
            specs.put(s, YAML.readTree(Path.of("../../docs/openapi", s.id() + ".yaml").toFile()));
        }
        List<String> problems = new ArrayList<>();
        for (Figure f : FigureCatalogue.load().figures()) {
            JsonNode spec = specs.get(f.service());
            JsonNode root = spec.at("/paths/" + f.service().statsPath().replace("/", "~1") + "/get/responses/200/content/application~1json/schema");
            assertThat(root.isMissingNode()).as("%s has a stats response", f.service().id()).isFalse();
            for (Expression.Path term : f.expr().terms()) {
                String problem = check(spec, root, term);
                if (problem != null) {
                    problems.add(f.id() + " (" + f.service().id() + " " + f.expr() + "): " + problem);
                }
            }
        }
        assertThat(problems).as("expressions that do not fit their service's stats schema").isEmpty();
    }

    /** Null when the path leads through the schema to a number, else what is wrong. */
    static String check(JsonNode spec, JsonNode schema, Expression.Path path) {
        JsonNode at = resolve(spec, schema);
        StringBuilder walked = new StringBuilder();
        for (Expression.Segment segment : path.segments()) {
            walked.append(walked.isEmpty() ? "" : ".").append(segment.name());
            JsonNode next = at.path("properties").get(segment.name());
            if (next == null) {
                JsonNode map = at.get("additionalProperties");
                if (map == null || !map.isObject()) {
                    return "no field " + walked;
                }
                next = map;
            }
            next = resolve(spec, next);
            if (isType(next, "array")) {
                JsonNode items = resolve(spec, next.path("items"));
                for (String key : segment.filter().keySet()) {
                    if (!items.path("properties").has(key)) {
                        return walked + "[" + key + "=…]: the items have no field " + key;
                    }
                }
                next = items;
            } else if (!segment.filter().isEmpty()) {
                return walked + " is not an array, it cannot be filtered";
            }
            at = next;
        }
        return isType(at, "integer") || isType(at, "number") ? null : walked + " is not a number";
    }

    private static JsonNode resolve(JsonNode spec, JsonNode schema) {
        JsonNode s = schema;
        while (s.has("$ref")) {
            String ref = s.get("$ref").asText();
            s = spec.at(ref.substring(1));
        }
        return s;
    }

    private static boolean isType(JsonNode schema, String type) {
        JsonNode t = schema.path("type");
        if (t.isArray()) {
            for (JsonNode x : t) {
                if (x.asText().equals(type)) {
                    return true;
                }
            }
            return false;
        }
        return t.asText().equals(type);
    }

    @Test
    void theCheckFindsAFieldThatIsNotThere() throws IOException {
        JsonNode spec = YAML.readTree(Path.of("../../docs/openapi/membership.yaml").toFile());
        JsonNode root = spec.at("/paths/~1api~1v1~1stats~1membership/get/responses/200/content/application~1json/schema");
        assertThat(check(spec, root, Expression.parse("honours[kind=X,level=Y].conferred").terms().get(0))).isNull();
        assertThat(check(spec, root, Expression.parse("unionsByKind.STREET_TOWN_FEDERATION").terms().get(0))).isNull();
        assertThat(check(spec, root, Expression.parse("membersJoind").terms().get(0))).contains("no field membersJoind");
        assertThat(check(spec, root, Expression.parse("honours[colour=red].conferred").terms().get(0))).contains("no field colour");
        assertThat(check(spec, root, Expression.parse("honours[kind=X].kind").terms().get(0))).contains("not a number");
        assertThat(check(spec, root, Expression.parse("cadres[kind=X].inOffice").terms().get(0))).contains("not an array");
    }
}
