package cn.gonghui.tracing;

import cn.gonghui.testkit.StubServer;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** A real HTTP server standing in for an OpenTelemetry collector (OTLP over HTTP): it keeps what it receives. */
public class CollectorStub implements QuarkusTestResourceLifecycleManager {

    static final List<byte[]> RECEIVED = new CopyOnWriteArrayList<>();
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        server = StubServer.start(Map.of("/v1/traces", exchange -> {
            RECEIVED.add(exchange.getRequestBody().readAllBytes());
            exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        }));
        return Map.of("quarkus.otel.exporter.otlp.endpoint", StubServer.url(server),
                "quarkus.otel.exporter.otlp.traces.protocol", "http/protobuf");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
