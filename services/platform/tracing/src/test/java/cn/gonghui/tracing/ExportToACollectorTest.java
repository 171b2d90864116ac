package cn.gonghui.tracing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.testkit.Eventually;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.enterprise.inject.Any;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** With an endpoint configured (QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT), spans reach the collector. */
@QuarkusTest
@TestProfile(ExportToACollectorTest.WithACollector.class)
class ExportToACollectorTest {

    public static class WithACollector implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(CollectorStub.class));
        }
    }

    @Test
    void theRequestsSpanIsExportedWithItsTraceId() {
        String traceId = "0af7651916cd43dd8448eb211c80319c";
        given().header("traceparent", "00-" + traceId + "-b7ad6b7169203331-01").get("/hello").then().statusCode(200);
        assertThat(Arc.container().select(SpanExporter.class, Any.Literal.INSTANCE).isUnsatisfied())
                .as("the no-export stand-in steps aside").isTrue();
        byte[] id = HexFormat.of().parseHex(traceId);
        Eventually.await(Duration.ofSeconds(20), "a span of trace " + traceId + " at the collector",
                () -> CollectorStub.RECEIVED.stream().anyMatch(body -> contains(body, id)));
    }

    private static boolean contains(byte[] body, byte[] part) {
        outer:
        for (int i = 0; i <= body.length - part.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (body[i + j] != part[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
