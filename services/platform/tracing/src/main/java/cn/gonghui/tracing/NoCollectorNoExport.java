package cn.gonghui.tracing;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.quarkus.arc.Unremovable;
import io.quarkus.arc.lookup.LookupIfProperty;
import jakarta.inject.Singleton;
import java.util.Collection;

/**
 * Spans go nowhere until a collector is configured. Without an endpoint Quarkus would export to
 * localhost:4317 and log a warning for every failed batch; while this exporter can be looked up (the
 * endpoints are at Quarkus's default), Quarkus leaves its OTLP exporter out. Setting {@code QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT} (or the traces-only
 * endpoint) hides this bean, and the OTLP exporter takes over. Trace ids are made and propagated either way.
 */
@Singleton
@Unremovable // looked up by Quarkus, never injected
@LookupIfProperty(name = "quarkus.otel.exporter.otlp.endpoint", stringValue = NoCollectorNoExport.QUARKUS_DEFAULT, lookupIfMissing = true)
@LookupIfProperty(name = "quarkus.otel.exporter.otlp.traces.endpoint", stringValue = NoCollectorNoExport.QUARKUS_DEFAULT, lookupIfMissing = true)
public class NoCollectorNoExport implements SpanExporter {

    /** What Quarkus reads when no endpoint is set; its exporter treats it as "not configured" too. */
    static final String QUARKUS_DEFAULT = "http://localhost:4317/";

    @Override
    public CompletableResultCode export(Collection<SpanData> spans) {
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode flush() {
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode shutdown() {
        return CompletableResultCode.ofSuccess();
    }
}
