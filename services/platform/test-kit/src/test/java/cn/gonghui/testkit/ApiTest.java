package cn.gonghui.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.restassured.specification.RequestSpecification;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What each role's request sends, seen by a bare HTTP server: the bearer token's roles and claims, JSON both ways. */
class ApiTest {

    /** Where LocalStack.shared records the key folder of the JVM's stack; set here so no database or broker starts. */
    private static final String KEYS = "gonghui.localstack.keys";

    static HttpServer server;
    static final Map<String, String> LAST = new ConcurrentHashMap<>();
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() throws Exception {
        if (System.getProperty(KEYS) == null) {
            System.setProperty(KEYS, Files.createTempDirectory("test-kit-keys").toString());
        }
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/", exchange -> {
            LAST.put("authorization", String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            LAST.put("content-type", String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type")));
            LAST.put("accept", String.valueOf(exchange.getRequestHeaders().getFirst("Accept")));
            byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    @Test
    void anAdminIsADistrictAdmin() throws Exception {
        JsonNode claims = claimsOf(Api.asAdmin());
        assertThat(claims.get("groups")).extracting(JsonNode::asText).containsExactly("district-admin");
        assertThat(claims.get("aud")).extracting(JsonNode::asText).contains("membership", "bargaining", "benefits");
        assertThat(LAST.get("content-type")).startsWith("application/json");
        assertThat(LAST.get("accept")).isEqualTo("application/json, application/javascript, text/javascript, text/json");
    }

    @Test
    void anOfficerCarriesTheUnion() throws Exception {
        JsonNode claims = claimsOf(Api.asOfficer(4242));
        assertThat(claims.get("groups")).extracting(JsonNode::asText).containsExactly("officer");
        assertThat(claims.get("unionId").asLong()).isEqualTo(4242);
    }

    @Test
    void aMemberCarriesTheMember() throws Exception {
        JsonNode claims = claimsOf(Api.asMember(77));
        assertThat(claims.get("groups")).extracting(JsonNode::asText).containsExactly("member");
        assertThat(claims.get("memberId").asLong()).isEqualTo(77);
    }

    @Test
    void aPartnerCarriesItsRoleAndOrganisation() throws Exception {
        JsonNode claims = claimsOf(Api.asPartner("insurer", "pingan"));
        assertThat(claims.get("groups")).extracting(JsonNode::asText).containsExactly("insurer");
        assertThat(claims.get("partnerId").asText()).isEqualTo("pingan");
    }

    @Test
    void anyTokenAsGiven() {
        Api.as("not-a-jwt").get("http://localhost:" + server.getAddress().getPort() + "/x").then().statusCode(200);
        assertThat(LAST.get("authorization")).isEqualTo("Bearer not-a-jwt");
    }

    private static JsonNode claimsOf(RequestSpecification request) throws Exception {
        request.get("http://localhost:" + server.getAddress().getPort() + "/x").then().statusCode(200);
        String authorization = LAST.get("authorization");
        assertThat(authorization).startsWith("Bearer ");
        String payload = authorization.substring("Bearer ".length()).split("\\.")[1];
        return JSON.readTree(Base64.getUrlDecoder().decode(payload));
    }
}
