package cn.gonghui.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A real HTTP server standing in for membership's person registry ({@code POST /api/v1/persons/resolve})
 * in the tests of a service that resolves people (assistance, mediation, benefits). It answers as
 * membership does: the same personId for the same ID number (a name-based UUID), and the active
 * memberId a test declared with {@link #member}, else none. Points {@code quarkus.rest-client.person-registry.url}
 * at itself.
 */
public class PersonRegistryStub implements QuarkusTestResourceLifecycleManager {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Long> MEMBERS = new ConcurrentHashMap<>();

    private HttpServer server;

    /** From now on the registry says this ID number is the active member {@code memberId}. */
    public static void member(String idNumber, long memberId) {
        MEMBERS.put(idNumber, memberId);
    }

    /** The personId the registry gives this ID number. */
    public static UUID personId(String idNumber) {
        return UUID.nameUUIDFromBytes(idNumber.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public Map<String, String> start() {
        server = StubServer.start(Map.of("/api/v1/persons/resolve", this::resolve));
        return Map.of("quarkus.rest-client.person-registry.url", StubServer.url(server));
    }

    private void resolve(HttpExchange exchange) throws IOException {
        JsonNode body = JSON.readTree(exchange.getRequestBody());
        String idNumber = body.path("idNumber").asText("");
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        if (auth == null || !auth.startsWith("Bearer ")) {
            StubServer.reply(exchange, 401, "{\"status\":401}");
            return;
        }
        if (idNumber.length() != 18) {
            StubServer.reply(exchange, 400, "{\"status\":400,\"errors\":[{\"field\":\"idNumber\"}]}");
            return;
        }
        Long member = MEMBERS.get(idNumber);
        StubServer.reply(exchange, 200, "{\"personId\":\"" + personId(idNumber) + "\",\"memberId\":" + member + "}");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
