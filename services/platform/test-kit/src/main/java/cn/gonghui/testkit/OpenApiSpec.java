package cn.gonghui.testkit;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The committed spec {@code docs/openapi/<service>.yaml} is what the service under test serves. Run the
 * service's {@code OpenApiSpecTest} with {@code -Dopenapi.write=true} after an intended API change to
 * write the served spec over the committed one.
 */
public final class OpenApiSpec {

    private OpenApiSpec() {
    }

    /** Fails when the served spec differs from the committed one (seen from the service's module folder). */
    public static void assertCommitted(String service) throws IOException {
        Path committed = Path.of("../../docs/openapi/" + service + ".yaml");
        String served = given().get("/q/openapi").then().statusCode(200).extract().asString();
        if (Boolean.getBoolean("openapi.write")) {
            Files.createDirectories(committed.getParent());
            Files.writeString(committed, served, StandardCharsets.UTF_8);
        }
        if (!Files.exists(committed)) {
            throw new AssertionError("docs/openapi/" + service + ".yaml is missing: run " + service
                    + "'s OpenApiSpecTest with -Dopenapi.write=true");
        }
        if (!served.equals(Files.readString(committed, StandardCharsets.UTF_8))) {
            throw new AssertionError("the API changed but docs/openapi/" + service + ".yaml did not: regenerate it with ./mvnw test -pl services/"
                    + service + " -Dtest=OpenApiSpecTest -Dopenapi.write=true, and commit it");
        }
    }

    /** The Swagger UI and both health checks answer 200. */
    public static void assertUiAndHealthServed() {
        given().get("/q/swagger-ui/").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/health/live").then().statusCode(200);
    }
}
