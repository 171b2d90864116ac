package cn.gonghui.bargaining.api;

import cn.gonghui.testkit.OpenApiSpec;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * The committed spec (docs/openapi/bargaining.yaml) is what the service serves. When an API change is
 * intended, regenerate it with {@code ./mvnw test -pl services/bargaining -Dtest=OpenApiSpecTest -Dopenapi.write=true}.
 */
@QuarkusTest
class OpenApiSpecTest {

    @Test
    void committedSpecMatchesTheServedOne() throws Exception {
        OpenApiSpec.assertCommitted("bargaining");
    }

    @Test
    void swaggerUiAndHealthAreServed() {
        OpenApiSpec.assertUiAndHealthServed();
    }
}
