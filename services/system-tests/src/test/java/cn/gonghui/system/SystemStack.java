package cn.gonghui.system;

import cn.gonghui.localstack.DevKeys;
import cn.gonghui.localstack.LocalStack;
import cn.gonghui.localstack.LocalStackMain;
import cn.gonghui.localstack.ServiceProcesses;
import cn.gonghui.localstack.Tokens;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The whole system for the suite: PostgreSQL and Kafka in this JVM, every service of
 * {@link LocalStackMain#services()} as its own process from its packaged jar, on free ports (never
 * 8081–808x, so a developer's run-all can stay up). Started once, by the first IT class that uses it, and
 * stopped when the whole run ends (JUnit closes the root store's resources), or at the latest with the JVM.
 */
public final class SystemStack implements BeforeAllCallback {

    private static final Duration READY_WITHIN = Duration.ofSeconds(180);

    private static volatile Running running;

    /** What the suite talks to; see {@link #api(String)}. */
    record Running(Map<String, Integer> ports, ServiceProcesses services, String kafkaBootstrap, DevKeys keys)
            implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            services.close();
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(SystemStack.class, key -> start(), Running.class);
    }

    private static synchronized Running start() {
        if (running != null) {
            return running;
        }
        Path repo = Path.of(System.getProperty("gonghui.repo", "../..")).toAbsolutePath().normalize();
        Path target = repo.resolve("services/system-tests/target");
        long started = System.nanoTime();
        LocalStack stack = LocalStack.shared(target.resolve("system-keys"));
        long infra = System.nanoTime();
        Map<String, Integer> ports = new LinkedHashMap<>();
        Set<Integer> taken = new HashSet<>();
        for (String service : LocalStackMain.services().keySet()) {
            ports.put(service, freePort(taken));
        }
        try {
            ServiceProcesses services = ServiceProcesses.start(
                    new ServiceProcesses.Plan(repo, ports, true, target.resolve("system-stack")),
                    stack.postgresPort(), stack.kafkaBootstrap(), stack.keys());
            Runtime.getRuntime().addShutdownHook(new Thread(services::close, "system-stack-stop"));
            services.awaitReady(READY_WITHIN);
            System.out.printf("[system-stack] PostgreSQL + Kafka in %.1f s, then %d services ready in %.1f s (%.1f s in all): %s; logs in %s%n",
                    (infra - started) / 1e9, ports.size(), (System.nanoTime() - infra) / 1e9, (System.nanoTime() - started) / 1e9,
                    ports, target.resolve("system-stack"));
            running = new Running(Map.copyOf(ports), services, stack.kafkaBootstrap(), stack.keys());
            return running;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the services", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the services started", e);
        }
    }

    private static int freePort(Set<Integer> taken) {
        while (true) {
            try (ServerSocket socket = new ServerSocket(0)) {
                int port = socket.getLocalPort();
                if ((port < 8080 || port > 8099) && taken.add(port)) {
                    return port;
                }
            } catch (IOException e) {
                throw new IllegalStateException("no free port", e);
            }
        }
    }

    static Running running() {
        if (running == null) {
            throw new IllegalStateException("the system stack is not running: annotate the IT class with @ExtendWith(SystemStack.class)");
        }
        return running;
    }

    static String baseUri(String service) {
        Integer port = running().ports().get(service);
        if (port == null) {
            throw new IllegalArgumentException("no service " + service + " in " + running().ports().keySet());
        }
        return "http://localhost:" + port + "/api/v1";
    }

    static Tokens tokens() {
        return LocalStack.tokens();
    }

    /** A JSON request to one service, with a token. */
    static RequestSpecification api(String service, String token) {
        return RestAssured.given().baseUri(baseUri(service)).auth().oauth2(token)
                .contentType(ContentType.JSON).accept(ContentType.JSON);
    }
}
