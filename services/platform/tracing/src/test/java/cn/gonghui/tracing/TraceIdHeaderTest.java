package cn.gonghui.tracing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.quarkus.arc.Arc;
import io.quarkus.opentelemetry.runtime.exporter.otlp.tracing.LateBoundSpanProcessor;
import io.quarkus.opentelemetry.runtime.exporter.otlp.tracing.RemoveableLateBoundSpanProcessor;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.Any;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TraceIdHeaderTest {

    @Test
    void anAnswerContinuesTheCallersTraceAndNamesIt() {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        given().header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01").get("/hello")
                .then().statusCode(200).header(TraceIdHeader.NAME, traceId);
    }

    @Test
    void withoutATraceparentTheAnswerNamesTheNewTrace() {
        String first = given().get("/hello").then().statusCode(200).extract().header(TraceIdHeader.NAME);
        String second = given().get("/hello").then().statusCode(200).extract().header(TraceIdHeader.NAME);
        assertThat(first).matches("[0-9a-f]{32}").isNotEqualTo("0".repeat(32)).isNotEqualTo(second);
    }

    /** Before: with no collector configured, every batch of spans went to localhost:4317 and logged a warning. */
    @Test
    void withoutAnEndpointNoSpanIsSentAnywhere() {
        assertThat(Arc.container().select(SpanExporter.class, Any.Literal.INSTANCE).stream().toList())
                .singleElement().isInstanceOf(NoCollectorNoExport.class);
        assertThat(Arc.container().select(LateBoundSpanProcessor.class).get())
                .as("Quarkus's OTLP exporter is left out").isInstanceOf(RemoveableLateBoundSpanProcessor.class);
    }
}
