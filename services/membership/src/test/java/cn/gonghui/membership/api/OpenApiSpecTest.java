package cn.gonghui.membership.api;

import cn.gonghui.testkit.OpenApiSpec;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * The committed spec (docs/openapi/membership.yaml) is what the service serves. When an API change is
 * intended, regenerate it with {@code ./mvnw test -pl services/membership -Dtest=OpenApiSpecTest -Dopenapi.write=true}.
 */
@QuarkusTest
class OpenApiSpecTest {

    @Test
    void committedSpecMatchesTheServedOne() throws Exception {
        OpenApiSpec.assertCommitted("membership");
    }

    @Test
    void swaggerUiAndHealthAreServed() {
        OpenApiSpec.assertUiAndHealthServed();
    }
}
