package cn.gonghui.persons;

import cn.gonghui.testkit.StubServer;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real HTTP server standing in for membership's person registry. What it answers depends on the ID
 * number sent ({@code bad-…} 400, {@code forbidden-…} 403, {@code slow-…} after 1.5 s, {@code down-…} 503, {@code flaky-…} 500 twice
 * then 200, anything else 200); {@code GET /calls?id=}, {@code GET /auth} and {@code GET /traceparent} tell a test what it received.
 */
public class RegistryStub implements QuarkusTestResourceLifecycleManager {

    static final String TOKEN = "token-of-test-service";
    private static final Pattern ID = Pattern.compile("\"idNumber\"\\s*:\\s*\"([^\"]*)\"");

    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private volatile String lastAuthorization = "";
    private volatile String lastTraceparent = "";
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        server = StubServer.start(Map.of("/api/v1/persons/resolve", this::resolve,
                "/calls", exchange -> {
                    String id = exchange.getRequestURI().getQuery().substring("id=".length());
                    StubServer.reply(exchange, 200, String.valueOf(calls.getOrDefault(id, new AtomicInteger()).get()));
                },
                "/auth", exchange -> StubServer.reply(exchange, 200, lastAuthorization),
                "/traceparent", exchange -> StubServer.reply(exchange, 200, lastTraceparent)));
        String url = StubServer.url(server);
        return Map.of("quarkus.rest-client.person-registry.url", url,
                "gonghui.service-token", TOKEN,
                "stub.url", url,
                // shorter than in production, so the slow case is quick to test
                "cn.gonghui.persons.Persons/resolve/Timeout/value", "500");
    }

    private void resolve(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Matcher m = ID.matcher(body);
        String id = m.find() ? m.group(1) : "";
        lastAuthorization = String.valueOf(exchange.getRequestHeaders().getFirst("Authorization"));
        lastTraceparent = String.valueOf(exchange.getRequestHeaders().getFirst("traceparent"));
        int call = calls.computeIfAbsent(id, key -> new AtomicInteger()).incrementAndGet();
        if (id.startsWith("forbidden-")) {
            StubServer.reply(exchange, 403, "{\"type\":\"https://gonghui.cn/problems/forbidden\",\"status\":403}");
        } else if (id.startsWith("bad-")) {
            StubServer.reply(exchange, 400, "{\"type\":\"https://gonghui.cn/problems/validation\",\"status\":400}");
        } else if (id.startsWith("down-") || (id.startsWith("flaky-") && call <= 2)) {
            StubServer.reply(exchange, id.startsWith("down-") ? 503 : 500, "{}");
        } else {
            if (id.startsWith("slow-")) {
                sleep(1500);
            }
            String personId = UUID.nameUUIDFromBytes(id.getBytes(StandardCharsets.UTF_8)).toString();
            StubServer.reply(exchange, 200, "{\"personId\":\"" + personId + "\",\"memberId\":42}");
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
