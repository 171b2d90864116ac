package cn.gonghui.report;

import cn.gonghui.testkit.OpenApiSpec;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * The committed spec (docs/openapi/report.yaml) is what the service serves. When an API change is
 * intended, regenerate it with {@code ./mvnw test -pl services/report -Dtest=OpenApiSpecTest -Dopenapi.write=true}.
 */
@QuarkusTest
@QuarkusTestResource(ReportTestStack.class)
class OpenApiSpecTest {

    @Test
    void committedSpecMatchesTheServedOne() throws Exception {
        OpenApiSpec.assertCommitted("report");
    }

    @Test
    void swaggerUiAndHealthAreServed() {
        OpenApiSpec.assertUiAndHealthServed();
    }
}
