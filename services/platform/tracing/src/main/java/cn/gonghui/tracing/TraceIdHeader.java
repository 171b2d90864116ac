package cn.gonghui.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Every answer names its trace, so support can ask a user for the X-Trace-Id of a failed request. */
public class TraceIdHeader {

    public static final String NAME = "X-Trace-Id";

    @ServerResponseFilter
    public void addTraceId(ContainerResponseContext response) {
        SpanContext span = Span.current().getSpanContext();
        if (span.isValid()) {
            response.getHeaders().putSingle(NAME, span.getTraceId());
        }
    }
}
