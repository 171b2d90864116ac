package cn.gonghui.problems;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Declares in the published OpenAPI what every endpoint can answer on failure: RFC 9457
 * {@code application/problem+json} with the {@code Problem} schema, so a generated client knows the shape.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemResponsesFilter implements OASFilter {

    static final String REF = "#/components/schemas/Problem";

    private static final Map<String, String> ALWAYS = sorted(Map.of(
            "400", "Invalid input: the errors list names each bad field (问题详情 RFC 9457)",
            "401", "No valid bearer token",
            "403", "The caller's role or union scope does not allow this",
            "404", "Not found, or outside the caller's scope",
            "500", "Unexpected failure; quote the error id in detail"));
    private static final Map<String, String> WRITES = sorted(Map.of(
            "409", "Conflicts with the current state, with another request, or an Idempotency-Key reused for another body",
            "413", "The body is too large"));
    private static final Map<String, String> CONDITIONAL = sorted(Map.of(
            "412", "If-Match names an older version; read again and retry",
            "428", "If-Match is required"));

    /** In status order, so the published spec is the same on every build. */
    private static Map<String, String> sorted(Map<String, String> responses) {
        return new TreeMap<>(responses);
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Components components = openAPI.getComponents();
        components.addSchema("FieldProblem", OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("One bad field: its JSON path, parameter or header name, and what is wrong")
                .addProperty("field", string("e.g. idNumber, items[2].amountFen, limit, Idempotency-Key"))
                .addProperty("problem", string("what is wrong with it")));
        components.addSchema("Problem", OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("RFC 9457 problem details; title in zh-CN, or English with Accept-Language: en")
                .addProperty("type", string("stable identifier, e.g. https://gonghui.cn/problems/validation").format("uri"))
                .addProperty("title", string("short human title"))
                .addProperty("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)))
                .addProperty("detail", string("what happened in this request"))
                .addProperty("instance", string("the request path"))
                .addProperty("errors", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
                        .items(OASFactory.createSchema().ref("#/components/schemas/FieldProblem")))
                .required(List.of("type", "title", "status")));
    }

    @Override
    public PathItem filterPathItem(PathItem pathItem) {
        pathItem.getOperations().forEach((method, operation) -> {
            declare(operation, ALWAYS);
            if (method != PathItem.HttpMethod.GET) {
                declare(operation, WRITES);
            }
            boolean conditional = operation.getParameters() != null && operation.getParameters().stream()
                    .anyMatch(p -> "If-Match".equalsIgnoreCase(p.getName()));
            if (conditional) {
                declare(operation, CONDITIONAL);
            }
        });
        return pathItem;
    }

    private static void declare(Operation operation, Map<String, String> responses) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses declared = operation.getResponses();
        responses.forEach((status, description) -> {
            APIResponse response = declared.getAPIResponse(status);
            if (response == null) {
                response = OASFactory.createAPIResponse().description(description);
                declared.addAPIResponse(status, response);
            }
            response.content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                    OASFactory.createMediaType().schema(OASFactory.createSchema().ref(REF))));
        });
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).description(description);
    }
}
