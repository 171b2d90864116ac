package cn.gonghui.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * The real HTTP server behind the tests' stand-ins for what lies outside a service (membership's registry,
 * an identity provider, a collector, an insurer's receiver): a free port of localhost, each request on a
 * thread of its own, so a stub that holds one answer back does not hold back the others.
 */
public final class StubServer {

    private StubServer() {
    }

    /** Started, with a handler per path prefix. */
    public static HttpServer start(Map<String, HttpHandler> handlers) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        handlers.forEach(server::createContext);
        server.start();
        return server;
    }

    public static String url(HttpServer server) {
        return "http://localhost:" + server.getAddress().getPort();
    }

    /** A JSON answer with its status, and the exchange closed. */
    public static void reply(HttpExchange exchange, int status, String json) throws IOException {
        reply(exchange, status, "application/json", json);
    }

    public static void reply(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
