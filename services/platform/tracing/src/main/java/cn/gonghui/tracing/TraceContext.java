package cn.gonghui.tracing;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The W3C trace context ({@code traceparent}, {@code tracestate}) as text, for carriers the extension does
 * not know: an outbox row, a Kafka record's headers.
 */
public final class TraceContext {

    public static final String TRACEPARENT = "traceparent";
    public static final String TRACESTATE = "tracestate";

    private TraceContext() {
    }

    /** The given context's headers; empty when it has no valid span. */
    public static Map<String, String> headers(Context context) {
        Map<String, String> headers = new LinkedHashMap<>();
        W3CTraceContextPropagator.getInstance().inject(context, headers, (carrier, key, value) -> carrier.put(key, value));
        return headers;
    }

    /** A root context with the remote parent the headers name (none when they name none). */
    public static Context extract(Function<String, String> header) {
        return W3CTraceContextPropagator.getInstance().extract(Context.root(), header, new TextMapGetter<>() {
            @Override
            public Iterable<String> keys(Function<String, String> carrier) {
                return List.of(TRACEPARENT, TRACESTATE);
            }

            @Override
            public String get(Function<String, String> carrier, String key) {
                return carrier == null ? null : carrier.apply(key);
            }
        });
    }
}
