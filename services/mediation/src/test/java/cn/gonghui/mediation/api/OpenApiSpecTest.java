package cn.gonghui.mediation.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The committed spec (docs/openapi/mediation.yaml) is what the service serves. When an API change is
 * intended, regenerate it with {@code ./mvnw test -pl services/mediation -Dtest=OpenApiSpecTest -Dopenapi.write=true}.
 */
@QuarkusTest
class OpenApiSpecTest {

    static final Path COMMITTED = Path.of("../../docs/openapi/mediation.yaml");

    @Test
    void committedSpecMatchesTheServedOne() throws Exception {
        String served = given().get("/q/openapi").then().statusCode(200).extract().asString();
        if (Boolean.getBoolean("openapi.write")) {
            Files.createDirectories(COMMITTED.getParent());
            Files.writeString(COMMITTED, served, StandardCharsets.UTF_8);
        }
        assertThat(COMMITTED).as("docs/openapi/mediation.yaml is missing; see this test's Javadoc").exists();
        assertThat(served).as("the API changed but docs/openapi/mediation.yaml did not; regenerate it (see Javadoc)")
                .isEqualTo(Files.readString(COMMITTED, StandardCharsets.UTF_8));
    }

    @Test
    void swaggerUiAndHealthAreServed() {
        given().get("/q/swagger-ui/").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/health/live").then().statusCode(200);
    }
}
