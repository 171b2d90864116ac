package cn.gonghui.localstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * A real PostgreSQL server from embedded binaries, holding one database {@value #DATABASE} with one
 * role and one schema per service. A service's role owns its schema and is granted nothing else, so a
 * query on another service's schema fails loudly.
 */
public final class LocalPostgres implements AutoCloseable {

    public static final String DATABASE = "gonghui";

    private final EmbeddedPostgres server;

    private LocalPostgres(EmbeddedPostgres server) {
        this.server = server;
    }

    /** Starts a fresh server; port 0 picks a free one. */
    public static LocalPostgres start(int port, Path dataDirectory) throws IOException, SQLException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setPort(port)
                .setCleanDataDirectory(true)
                .setServerConfig("max_connections", "300")
                .setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off")
                .setLocaleConfig("locale", "C.UTF-8")
                .setLocaleConfig("encoding", "UTF8")
                .setPgBinaryResolver(LocalPostgres::binaries);
        if (dataDirectory != null) {
            builder.setDataDirectory(dataDirectory);
        }
        LocalPostgres postgres = new LocalPostgres(builder.start());
        postgres.execute("CREATE DATABASE " + DATABASE);
        return postgres;
    }

    /**
     * The first binaries archive on the class path. Zonky's own resolver refuses two copies of the same
     * archive, and a test class path can hold two: the dependency, and the one that local-stack.jar's
     * manifest {@code Class-Path} points at (target/lib, for {@code java -jar local-stack.jar}).
     */
    private static InputStream binaries(String system, String hardware) throws IOException {
        String arch = "amd64".equals(hardware) || "x86_64".equals(hardware) ? "x86_64" : hardware;
        String name = "postgres-" + system.toLowerCase(Locale.ROOT) + "-" + arch + ".txz";
        InputStream in = LocalPostgres.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException("no PostgreSQL binaries " + name + " on the class path");
        }
        return in;
    }

    /** Creates the service's role (password = name, local only) and its schema; safe to call twice. */
    public static void createServiceSchema(String superuserJdbcUrl, String service) throws SQLException {
        if (!service.matches("[a-z][a-z_]{1,30}")) {
            throw new IllegalArgumentException("service name must be lower-case letters: " + service);
        }
        LocalStack.execute(superuserJdbcUrl,
                "REVOKE ALL ON SCHEMA public FROM PUBLIC",
                "REVOKE ALL ON DATABASE " + DATABASE + " FROM PUBLIC",
                "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '" + service + "') THEN "
                        + "CREATE ROLE " + service + " LOGIN PASSWORD '" + service + "'; END IF; END $$",
                "GRANT CONNECT ON DATABASE " + DATABASE + " TO " + service,
                "CREATE SCHEMA IF NOT EXISTS " + service + " AUTHORIZATION " + service,
                "ALTER ROLE " + service + " SET search_path = " + service);
    }

    public static String jdbcUrl(int port, String service) {
        return "jdbc:postgresql://localhost:" + port + "/" + DATABASE + "?currentSchema=" + service;
    }

    public int port() {
        return server.getPort();
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
