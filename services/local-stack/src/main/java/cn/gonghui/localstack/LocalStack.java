package cn.gonghui.localstack;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * PostgreSQL + Kafka + dev keys, started at most once per JVM. The running stack is recorded in system
 * properties, not only in static fields, because Quarkus tests load classes in more than one class loader.
 */
public final class LocalStack {

    private static final String PG_PORT = "gonghui.localstack.pg-port";
    private static final String KAFKA = "gonghui.localstack.kafka";
    private static final String KEYS = "gonghui.localstack.keys";

    private final int postgresPort;
    private final String kafkaBootstrap;
    private final DevKeys keys;

    private LocalStack(int postgresPort, String kafkaBootstrap, DevKeys keys) {
        this.postgresPort = postgresPort;
        this.kafkaBootstrap = kafkaBootstrap;
        this.keys = keys;
    }

    /** The stack of this JVM, started now if nobody started it yet. */
    public static synchronized LocalStack shared(Path keyFolder) {
        if (System.getProperty(PG_PORT) == null) {
            try {
                LocalPostgres postgres = LocalPostgres.start(0, null);
                LocalKafka kafka = LocalKafka.start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    closeQuietly(kafka);
                    closeQuietly(postgres);
                }, "local-stack-stop"));
                System.setProperty(PG_PORT, String.valueOf(postgres.port()));
                System.setProperty(KAFKA, kafka.bootstrapServers());
                System.setProperty(KEYS, keyFolder.toAbsolutePath().toString());
            } catch (Exception e) {
                throw new IllegalStateException("cannot start local PostgreSQL and Kafka", e);
            }
        }
        return new LocalStack(Integer.parseInt(System.getProperty(PG_PORT)), System.getProperty(KAFKA),
                DevKeys.in(Path.of(System.getProperty(KEYS))));
    }

    /** Tokens signed with the running stack's key, for tests. */
    public static Tokens tokens() {
        String folder = System.getProperty(KEYS);
        if (folder == null) {
            throw new IllegalStateException("the local stack is not running in this JVM");
        }
        return new Tokens(DevKeys.in(Path.of(folder)).privateKey());
    }

    public static String superuserJdbcUrl(int port) {
        return "jdbc:postgresql://localhost:" + port + "/" + LocalPostgres.DATABASE + "?user=postgres";
    }

    public String superuserJdbcUrl() {
        return superuserJdbcUrl(postgresPort);
    }

    /** Creates the service's role and schema and answers the configuration that points the service at them. */
    public Map<String, String> serviceConfig(String service) {
        try {
            LocalPostgres.createServiceSchema(superuserJdbcUrl(), service);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create schema " + service, e);
        }
        Map<String, String> config = new LinkedHashMap<>();
        config.put("quarkus.datasource.jdbc.url", LocalPostgres.jdbcUrl(postgresPort, service));
        config.put("quarkus.datasource.username", service);
        config.put("quarkus.datasource.password", service);
        config.put("kafka.bootstrap.servers", kafkaBootstrap);
        config.put("mp.jwt.verify.publickey.location", keys.publicKeyFile().toAbsolutePath().toUri().toString());
        config.put("mp.jwt.verify.issuer", Tokens.ISSUER);
        config.put("gonghui.pii.keys", keys.piiKeys());
        config.put("gonghui.pii.active-key", DevKeys.PII_KEY_ID);
        config.put("gonghui.pii.hash-key", keys.piiHashKey());
        config.put("gonghui.service-token", new Tokens(keys.privateKey()).service(service));
        return config;
    }

    public int postgresPort() {
        return postgresPort;
    }

    public String kafkaBootstrap() {
        return kafkaBootstrap;
    }

    public DevKeys keys() {
        return keys;
    }

    static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // stopping anyway
        }
    }

    static void execute(String jdbcUrl, String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }
}
