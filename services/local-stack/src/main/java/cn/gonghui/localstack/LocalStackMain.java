package cn.gonghui.localstack;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The "run everything" command: real PostgreSQL and Kafka, then every service that has been packaged,
 * each on its own port as its own database role. Ctrl-C stops the services, then Kafka, then PostgreSQL.
 *
 * <pre>
 * java -jar services/local-stack/target/local-stack.jar run        start everything
 * java -jar services/local-stack/target/local-stack.jar demo [--seed N] [--members N]   load the demo district
 * java -jar services/local-stack/target/local-stack.jar token ROLE[,ROLE] [--union N] [--member N] [--partner ID] [--real-name ID-NUMBER]
 * </pre>
 */
public final class LocalStackMain {

    /** Every service of the system and its local port; those not built yet are skipped. */
    static final Map<String, Integer> SERVICES = new LinkedHashMap<>();

    static {
        SERVICES.put("membership", 8081);
        SERVICES.put("bargaining", 8082);
        SERVICES.put("mediation", 8083);
        SERVICES.put("assistance", 8084);
        SERVICES.put("benefits", 8085);
    }

    static final Path KEY_FOLDER = Path.of(System.getProperty("user.home"), ".gonghui", "dev-keys");

    private LocalStackMain() {
    }

    public static void main(String[] args) throws Exception {
        // Kafka's broker logs through SLF4J; this command prints only its own lines
        System.setProperty("slf4j.provider", System.getProperty("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider"));
        System.setProperty("slf4j.internal.verbosity", System.getProperty("slf4j.internal.verbosity", "ERROR"));
        String command = args.length == 0 ? "run" : args[0];
        switch (command) {
            case "run" -> run(Path.of(System.getProperty("gonghui.repo", ".")).toAbsolutePath().normalize());
            case "token" -> System.out.println(token(args));
            case "demo" -> System.exit(cn.gonghui.localstack.demo.DemoCommand.run(args,
                    new Tokens(DevKeys.in(KEY_FOLDER).privateKey()), System.out));
            default -> {
                System.err.println("usage: run | demo [--seed N] [--members N] | token ROLE [--union N] [--member N] [--partner ID] [--subject S] [--real-name ID-NUMBER]");
                System.exit(2);
            }
        }
    }

    static String token(String[] args) {
        if (args.length < 2) {
            throw new IllegalArgumentException("token needs a role: member, officer, district-admin, mediator, "
                    + "fund-manager, insurer or merchant");
        }
        String role = args[1];
        Map<String, Object> claims = new LinkedHashMap<>();
        String subject = role.split(",")[0] + "-local";
        for (int i = 2; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--union" -> claims.put("unionId", Long.parseLong(args[i + 1]));
                case "--member" -> claims.put("memberId", Long.parseLong(args[i + 1]));
                case "--partner" -> claims.put("partnerId", args[i + 1]);
                case "--subject" -> subject = args[i + 1];
                // as the identity provider's real-name verification would: membership's realNameIdHash claim
                case "--real-name" -> claims.put("realNameIdHash", DevKeys.in(KEY_FOLDER).realNameClaim(args[i + 1]));
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        return new Tokens(DevKeys.in(KEY_FOLDER).privateKey()).mint(subject, List.of(role.split(",")), claims);
    }

    static void run(Path repo) throws Exception {
        long started = System.nanoTime();
        Path workDir = repo.resolve("services/local-stack/target/run");
        Files.createDirectories(workDir);
        LocalPostgres postgres = LocalPostgres.start(Integer.getInteger("gonghui.pg-port", 15432), workDir.resolve("pgdata"));
        LocalKafka kafka = LocalKafka.start();
        DevKeys keys = DevKeys.in(KEY_FOLDER);
        System.out.printf("PostgreSQL  jdbc:postgresql://localhost:%d/%s (superuser postgres)%n", postgres.port(), LocalPostgres.DATABASE);
        System.out.printf("Kafka       %s%n", kafka.bootstrapServers());

        List<Process> processes = new ArrayList<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("stopping services, Kafka and PostgreSQL...");
            processes.forEach(Process::destroy);
            for (Process p : processes) {
                try {
                    if (!p.waitFor(20, TimeUnit.SECONDS)) {
                        p.destroyForcibly();
                    }
                } catch (InterruptedException e) {
                    p.destroyForcibly();
                }
            }
            LocalStack.closeQuietly(kafka);
            LocalStack.closeQuietly(postgres);
            System.out.println("stopped");
        }, "local-stack-stop"));

        String superuser = LocalStack.superuserJdbcUrl(postgres.port());
        Map<String, Integer> launched = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> service : SERVICES.entrySet()) {
            Path jar = repo.resolve("services/" + service.getKey() + "/target/quarkus-app/quarkus-run.jar");
            if (!Files.exists(jar)) {
                continue;
            }
            LocalPostgres.createServiceSchema(superuser, service.getKey());
            processes.add(launch(service.getKey(), service.getValue(), jar, postgres, kafka, keys, workDir));
            launched.put(service.getKey(), service.getValue());
        }
        if (launched.isEmpty()) {
            System.err.println("no service is packaged yet: run ./mvnw package -DskipTests first");
        }
        for (Map.Entry<String, Integer> service : launched.entrySet()) {
            waitUntilReady(service.getKey(), service.getValue(), workDir);
        }
        System.out.printf("%nReady in %.1f s.%n%n", (System.nanoTime() - started) / 1e9);
        for (Map.Entry<String, Integer> service : launched.entrySet()) {
            int port = service.getValue();
            System.out.printf("%-11s API http://localhost:%d/api/v1   Swagger UI http://localhost:%d/q/swagger-ui   "
                    + "OpenAPI http://localhost:%d/q/openapi   log %s%n", service.getKey(), port, port, port,
                    workDir.resolve(service.getKey() + ".log"));
        }
        System.out.println();
        System.out.println("A token: java -jar services/local-stack/target/local-stack.jar token district-admin");
        System.out.println("Press Ctrl-C to stop everything.");
        Thread.currentThread().join();
    }

    private static Process launch(String service, int port, Path jar, LocalPostgres postgres, LocalKafka kafka,
            DevKeys keys, Path workDir) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(javaExecutable(), "-jar", jar.toString());
        Map<String, String> env = pb.environment();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", LocalPostgres.jdbcUrl(postgres.port(), service));
        env.put("QUARKUS_DATASOURCE_USERNAME", service);
        env.put("QUARKUS_DATASOURCE_PASSWORD", service);
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", keys.publicKeyFile().toUri().toString());
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
        pb.redirectErrorStream(true);
        pb.redirectOutput(workDir.resolve(service + ".log").toFile());
        return pb.start();
    }

    private static void waitUntilReady(String service, int port, Path workDir) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            try {
                if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(service + " was not ready after 120 s; see " + workDir.resolve(service + ".log"));
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java" + (File.separatorChar == '\\' ? ".exe" : "")).toString();
    }
}
