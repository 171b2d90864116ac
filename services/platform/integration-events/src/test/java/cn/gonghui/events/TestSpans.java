package cn.gonghui.events;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Finished spans kept in memory (the Quarkus OpenTelemetry guide's test pattern); no collector is reached. */
public class TestSpans {

    @Produces
    @io.quarkus.arc.Unremovable
    @Singleton
    InMemorySpanExporter spans() {
        return InMemorySpanExporter.create();
    }
}
