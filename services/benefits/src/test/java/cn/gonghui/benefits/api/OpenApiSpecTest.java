package cn.gonghui.benefits.api;

import cn.gonghui.testkit.OpenApiSpec;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * The committed spec (docs/openapi/benefits.yaml) is what the service serves. When an API change is
 * intended, regenerate it with {@code ./mvnw test -pl services/benefits -Dtest=OpenApiSpecTest -Dopenapi.write=true}.
 */
@QuarkusTest
class OpenApiSpecTest {

    @Test
    void committedSpecMatchesTheServedOne() throws Exception {
        OpenApiSpec.assertCommitted("benefits");
    }

    @Test
    void swaggerUiAndHealthAreServed() {
        OpenApiSpec.assertUiAndHealthServed();
    }
}
