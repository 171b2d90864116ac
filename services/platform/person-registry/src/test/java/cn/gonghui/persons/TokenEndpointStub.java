package cn.gonghui.persons;

import cn.gonghui.testkit.StubServer;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server standing in for the identity provider's token endpoint (client-credentials grant).
 * Its first token lives one second, every later one an hour; {@code GET /issued} tells how many it gave.
 */
public class TokenEndpointStub implements QuarkusTestResourceLifecycleManager {

    private final AtomicInteger issued = new AtomicInteger();
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        server = StubServer.start(Map.of("/token", this::token,
                "/issued", exchange -> StubServer.reply(exchange, 200, String.valueOf(issued.get()))));
        String url = StubServer.url(server);
        return Map.of("quarkus.oidc-client.client-enabled", "true",
                "quarkus.oidc-client.auth-server-url", url,
                "quarkus.oidc-client.discovery-enabled", "false",
                "quarkus.oidc-client.token-path", "/token",
                "quarkus.oidc-client.client-id", "assistance",
                "quarkus.oidc-client.credentials.secret", "secret-of-assistance",
                "quarkus.oidc-client.refresh-token-time-skew", "0S",
                "token-endpoint.url", url);
    }

    private void token(HttpExchange exchange) throws IOException {
        String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String auth = String.valueOf(exchange.getRequestHeaders().getFirst("Authorization"));
        boolean client = form.contains("grant_type=client_credentials")
                && (auth.startsWith("Basic ") || form.contains("client_secret=secret-of-assistance"));
        if (!client) {
            StubServer.reply(exchange, 401, "{\"error\":\"invalid_client\"}");
            return;
        }
        int n = issued.incrementAndGet();
        StubServer.reply(exchange, 200, "{\"access_token\":\"provider-token-" + n + "\",\"token_type\":\"Bearer\",\"expires_in\":"
                + (n == 1 ? 1 : 3600) + "}");
    }

    @Override
    public void stop() {
        server.stop(0);
    }
}
