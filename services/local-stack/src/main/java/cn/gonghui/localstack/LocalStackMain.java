package cn.gonghui.localstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        SERVICES.put("report", 8086);
    }

    /** {@link #SERVICES}, for the launchers of other modules (the full-stack suite), which pick their own ports. */
    public static Map<String, Integer> services() {
        return Collections.unmodifiableMap(SERVICES);
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

        ServiceProcesses services = ServiceProcesses.start(new ServiceProcesses.Plan(repo, services(), false, workDir),
                postgres.port(), kafka.bootstrapServers(), keys);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("stopping services, Kafka and PostgreSQL...");
            services.close();
            LocalStack.closeQuietly(kafka);
            LocalStack.closeQuietly(postgres);
            System.out.println("stopped");
        }, "local-stack-stop"));
        if (services.ports().isEmpty()) {
            System.err.println("no service is packaged yet: run ./mvnw package -DskipTests first");
        }
        services.awaitReady(Duration.ofSeconds(120));
        System.out.printf("%nReady in %.1f s.%n%n", (System.nanoTime() - started) / 1e9);
        for (Map.Entry<String, Integer> service : services.ports().entrySet()) {
            int port = service.getValue();
            System.out.printf("%-11s API http://localhost:%d/api/v1   Swagger UI http://localhost:%d/q/swagger-ui   "
                    + "OpenAPI http://localhost:%d/q/openapi   log %s%n", service.getKey(), port, port, port,
                    services.log(service.getKey()));
        }
        System.out.println();
        System.out.println("A token: java -jar services/local-stack/target/local-stack.jar token district-admin");
        System.out.println("Press Ctrl-C to stop everything.");
        Thread.currentThread().join();
    }
}
