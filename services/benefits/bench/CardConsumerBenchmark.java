import cn.gonghui.localstack.LocalStack;
import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Run by card-consumer-benchmark.sh: its own PostgreSQL and Kafka, benefits started once per batch size with
 * gonghui.events.consumer-batch-size, and for each run N MemberJoined events published onto membership.events,
 * timed until benefits-cards has issued every card. Arguments: N, the batch sizes (the first is the baseline).
 */
public class CardConsumerBenchmark {

    static final String TOPIC = "membership.events";

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        String[] sizes = args[1].split(",");
        Path repo = Path.of("").toAbsolutePath();
        Path jar = repo.resolve("services/benefits/target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: package benefits first");
        }
        Path work = Files.createTempDirectory("card-consumer-benchmark");
        LocalStack stack = LocalStack.shared(work.resolve("keys"));
        Map<String, String> config = stack.serviceConfig("benefits");
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", stack.kafkaBootstrap()))) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 3, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
        long nextMember = 900_000_000L;
        List<double[]> results = new ArrayList<>();
        for (String size : sizes) {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java")));
            config.forEach((key, value) -> command.add("-D" + key + "=" + value));
            command.add("-Dquarkus.http.port=" + port);
            command.add("-Dgonghui.events.consumer-batch-size=" + size);
            command.add("-Dquarkus.log.console.json.enabled=false");
            String javaOpts = System.getenv("BENCH_JAVA_OPTS");
            if (javaOpts != null && !javaOpts.isBlank()) {
                command.addAll(List.of(javaOpts.trim().split("\\s+")));
            }
            String jfr = System.getenv("BENCH_JFR");
            if (jfr != null && !jfr.isBlank()) { // a profile of each run: jfr print --events jdk.ExecutionSample FILE
                command.add("-XX:StartFlightRecording=settings=profile,filename=" + Path.of(jfr).toAbsolutePath()
                        .resolve("benefits-batch-" + size + ".jfr"));
            }
            command.addAll(List.of("-jar", jar.toString()));
            File log = work.resolve("benefits-batch-" + size + ".log").toFile();
            Process benefits = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
            try {
                awaitReady(port, benefits, log);
                // warm-up: the consumer group has joined and the paths are loaded before the clock starts
                publish(stack.kafkaBootstrap(), nextMember, 200);
                awaitCards(stack, nextMember, 200, benefits, log);
                nextMember += 200;
                long start = System.nanoTime();
                publish(stack.kafkaBootstrap(), nextMember, n);
                double published = (System.nanoTime() - start) / 1e9;
                awaitCards(stack, nextMember, n, benefits, log);
                double seconds = (System.nanoTime() - start) / 1e9;
                nextMember += n;
                results.add(new double[] {Integer.parseInt(size), seconds, published});
                System.out.printf("batch size %s: %d cards in %.1f s = %,.0f events/s (publishing took %.1f s)%n",
                        size, n, seconds, n / seconds, published);
            } finally {
                benefits.destroy();
                benefits.waitFor(30, TimeUnit.SECONDS);
            }
        }
        double[] baseline = results.get(0);
        System.out.println();
        System.out.printf("%-40s %8s %12s %8s%n", "benefits-cards, " + n + " MemberJoined", "seconds", "events/s", "ratio");
        for (double[] r : results) {
            System.out.printf("%-40s %8.1f %12.0f %7.1f×%n", "batch size " + (int) r[0] + (r == baseline ? " (baseline)" : ""),
                    r[1], n / r[1], baseline[1] / r[1]);
        }
        System.out.println("logs: " + work);
        System.exit(0);
    }

    static void publish(String bootstrap, long firstMember, int count) throws Exception {
        String today = LocalDate.now().toString();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap, "acks", "all",
                "linger.ms", 5, "batch.size", 262144), new StringSerializer(), new StringSerializer())) {
            for (long member = firstMember; member < firstMember + count; member++) {
                String envelope = "{\"specversion\":\"1.0\",\"id\":\"" + UUID.randomUUID() + "\",\"source\":\"/gonghui/membership\","
                        + "\"type\":\"MemberJoined\",\"time\":\"" + today + "T10:00:00+08:00\",\"subject\":\"members/" + member + "\","
                        + "\"datacontenttype\":\"application/json\",\"data\":{\"memberId\":" + member + ",\"unionId\":1,"
                        + "\"enterpriseId\":null,\"joinedOn\":\"" + today + "\",\"gender\":\"FEMALE\",\"birthYear\":1990}}";
                producer.send(new ProducerRecord<>(TOPIC, "members/" + member, envelope));
            }
            producer.flush();
        }
    }

    static void awaitReady(int port, Process benefits, File log) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            check(benefits, log);
            try {
                if (http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("benefits not ready after 180 s; see " + log);
    }

    static void awaitCards(LocalStack stack, long firstMember, int count, Process benefits, File log) throws Exception {
        try (Connection db = DriverManager.getConnection(stack.superuserJdbcUrl()); Statement query = db.createStatement()) {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(30);
            while (System.nanoTime() < deadline) {
                check(benefits, log);
                try (ResultSet rows = query.executeQuery("SELECT count(*) FROM benefits.card WHERE member_id BETWEEN "
                        + firstMember + " AND " + (firstMember + count - 1))) {
                    rows.next();
                    if (rows.getLong(1) >= count) {
                        return;
                    }
                } catch (java.sql.SQLException tableNotYet) {
                    // benefits' migrations have not run yet
                }
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("the cards did not all arrive within 30 minutes; see " + log);
    }

    static void check(Process benefits, File log) {
        if (!benefits.isAlive()) {
            throw new IllegalStateException("benefits ended (" + benefits.exitValue() + "); see " + log);
        }
    }
}
