package cn.gonghui.localstack;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged services ({@code services/<name>/target/quarkus-app/quarkus-run.jar}) as child processes of
 * this JVM, each on its own port as its own database role, all pointed at one PostgreSQL, one Kafka broker
 * and one set of dev keys. Used by {@code run-all.sh} ({@link LocalStackMain}) and by the full-stack suite
 * ({@code services/system-tests}). A service that calls another is given the other's port, so the stack can
 * run on any ports. Each service logs to {@code <logFolder>/<service>.log}.
 */
public final class ServiceProcesses implements AutoCloseable {

    /** Which services to start, on which ports, and whether a service that is not packaged is an error. */
    public record Plan(Path repo, Map<String, Integer> ports, boolean requireAll, Path logFolder) {
    }

    private final Plan plan;
    private final Map<String, Integer> ports;
    private final Map<String, Process> processes;

    private ServiceProcesses(Plan plan, Map<String, Integer> ports, Map<String, Process> processes) {
        this.plan = plan;
        this.ports = ports;
        this.processes = processes;
    }

    /** Where a service's packaged application is. */
    public static Path jar(Path repo, String service) {
        return repo.resolve("services/" + service + "/target/quarkus-app/quarkus-run.jar");
    }

    /**
     * Creates each service's schema and role and starts its process; returns at once (see {@link #awaitReady}).
     * All processes start together, so they boot in parallel.
     */
    public static ServiceProcesses start(Plan plan, int postgresPort, String kafkaBootstrap, DevKeys keys) throws IOException {
        Map<String, Integer> launched = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, Integer> service : plan.ports().entrySet()) {
            if (Files.exists(jar(plan.repo(), service.getKey()))) {
                launched.put(service.getKey(), service.getValue());
            } else {
                missing.add(plan.repo().relativize(jar(plan.repo(), service.getKey())).toString());
            }
        }
        if (plan.requireAll() && !missing.isEmpty()) {
            throw new IllegalStateException("not packaged: " + String.join(", ", missing)
                    + ". Package the services first (./mvnw package -DskipTests, or build this module with -am).");
        }
        Files.createDirectories(plan.logFolder());
        String superuser = LocalStack.superuserJdbcUrl(postgresPort);
        Map<String, Process> processes = new LinkedHashMap<>();
        ServiceProcesses started = new ServiceProcesses(plan, Collections.unmodifiableMap(launched), processes);
        try {
            for (Map.Entry<String, Integer> service : launched.entrySet()) {
                LocalPostgres.createServiceSchema(superuser, service.getKey());
                processes.put(service.getKey(), launch(plan.repo(), service.getKey(), launched, postgresPort,
                        kafkaBootstrap, keys, ProcessBuilder.Redirect.to(started.log(service.getKey()).toFile())));
            }
        } catch (IOException | SQLException | RuntimeException e) {
            started.close();
            throw e instanceof IOException io ? io : new IOException("cannot start the services", e);
        }
        return started;
    }

    /** The services started and their ports. */
    public Map<String, Integer> ports() {
        return ports;
    }

    public Path log(String service) {
        return plan.logFolder().resolve(service + ".log");
    }

    /**
     * Returns when every service answers {@code /q/health/ready} with 200. Fails as soon as a process ends, or
     * when a service is still not ready after {@code timeout}, with the tail of that service's log.
     */
    public void awaitReady(Duration timeout) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        List<String> waiting = new ArrayList<>(processes.keySet());
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!waiting.isEmpty()) {
            for (var it = waiting.iterator(); it.hasNext(); ) {
                String service = it.next();
                if (!processes.get(service).isAlive()) {
                    throw notReady(service, "ended with exit status " + processes.get(service).exitValue());
                }
                if (ready(client, ports.get(service))) {
                    it.remove();
                }
            }
            if (waiting.isEmpty()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw notReady(waiting.get(0), "was not ready after " + timeout.toSeconds() + " s");
            }
            Thread.sleep(250);
        }
    }

    private static boolean ready(HttpClient client, int port) throws InterruptedException {
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        try {
            return client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        }
    }

    private IllegalStateException notReady(String service, String what) {
        String message = service + " " + what + "; the end of " + log(service) + ":\n" + tail(log(service), 60);
        System.err.println(message);
        return new IllegalStateException(message);
    }

    /** The last lines of a file, for a failure message. */
    public static String tail(Path file, int lines) {
        try {
            List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(cannot read " + file + ": " + e.getMessage() + ")";
        }
    }

    /** Stops every service (SIGTERM, then a kill after 20 s). */
    @Override
    public void close() {
        processes.values().forEach(Process::destroy);
        for (Process p : processes.values()) {
            try {
                if (!p.waitFor(20, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                p.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    private static Process launch(Path repo, String service, Map<String, Integer> ports, int postgresPort,
            String kafkaBootstrap, DevKeys keys, ProcessBuilder.Redirect log) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(javaExecutable(), "-jar", jar(repo, service).toString());
        pb.environment().putAll(environment(service, ports, postgresPort, kafkaBootstrap, keys));
        pb.redirectErrorStream(true);
        pb.redirectOutput(log);
        return pb.start();
    }

    /** The environment of one service: its port, schema, broker, keys, and the ports of the services it calls. */
    static Map<String, String> environment(String service, Map<String, Integer> ports, int postgresPort,
            String kafkaBootstrap, DevKeys keys) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(ports.get(service)));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", LocalPostgres.jdbcUrl(postgresPort, service));
        env.put("QUARKUS_DATASOURCE_USERNAME", service);
        env.put("QUARKUS_DATASOURCE_PASSWORD", service);
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrap);
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", keys.publicKeyFile().toAbsolutePath().toUri().toString());
        env.put("MP_JWT_VERIFY_ISSUER", Tokens.ISSUER);
        env.put("GONGHUI_PII_KEYS", keys.piiKeys());
        env.put("GONGHUI_PII_ACTIVE_KEY", DevKeys.PII_KEY_ID);
        env.put("GONGHUI_PII_HASH_KEY", keys.piiHashKey());
        // the service's own token for calls to other services (membership's person registry); 12 h, local only
        env.put("GONGHUI_SERVICE_TOKEN", new Tokens(keys.privateKey()).service(service));
        // the token command's --real-name stands in for an identity provider's real-name verification
        env.put("GONGHUI_MEMBERS_REAL_NAME_KEY", keys.realNameKey());
        // most local member tokens carry no real-name claim: trust their memberId (docs/security.md)
        env.put("GONGHUI_MEMBERS_SELF_ACCESS_NEEDS_REAL_NAME", "false");
        env.put("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "false");
        // synchronous calls between services: membership's person registry (assistance, mediation) and the
        // five stats APIs the report reads; each client is pointed at the port its service really has
        Integer membership = ports.get("membership");
        if (membership != null) {
            env.put("QUARKUS_REST_CLIENT_PERSON_REGISTRY_URL", "http://localhost:" + membership);
        }
        ports.forEach((other, port) -> env.put("QUARKUS_REST_CLIENT_" + other.toUpperCase(java.util.Locale.ROOT) + "_URL",
                "http://localhost:" + port));
        return env;
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java" + (File.separatorChar == '\\' ? ".exe" : "")).toString();
    }

    @Override
    public String toString() {
        return "services " + ports;
    }
}
