package cn.gonghui.defaults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gonghui.localstack.LocalPostgres;
import cn.gonghui.localstack.LocalStack;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A platform library that ships a migration after a service has applied higher versions of its own:
 * with one history per library the service still starts, and a schema built by the old layout (every
 * script in the service's history) is taken over on the first start.
 */
class SchemaMigrationsTest {

    static final ClassLoader LOADER = SchemaMigrationsTest.class.getClassLoader();
    static final LibrarySchema TEST_LIBRARY_V1 = new LibrarySchema("test-library", "db/upgrade-test/lib-v1", List.of("V0_9__lib_thing.sql"));
    static final LibrarySchema TEST_LIBRARY_V2 = new LibrarySchema("test-library", "db/upgrade-test/lib-v2", List.of("V0_9__lib_thing.sql"));
    static final String SERVICE_LOCATION = "classpath:db/upgrade-test/service";

    static LocalPostgres postgres;

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = LocalPostgres.start(0, null);
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    @Test
    void theLibrariesOnTheClassPathDeclareTheirSchemas() {
        assertThat(LibrarySchema.discover(LOADER)).extracting(LibrarySchema::name)
                .containsExactly("idempotency-keys", "integration-events", "personal-data");
    }

    @Test
    void aSchemaBuiltByThePreviousMigrationSetUpgradesToTheNewOne() throws Exception {
        DataSource ds = schema("upgrade_old");
        oldLayout(ds, TEST_LIBRARY_V1.location());

        List<LibrarySchema> libraries = new ArrayList<>(LibrarySchema.discover(LOADER));
        libraries.add(TEST_LIBRARY_V2);
        SchemaMigrations.migrateLibraries(ds, "upgrade_old", libraries, LOADER);
        serviceFlyway(ds, "upgrade_old").migrate();

        assertThat(column(ds, "lib_thing", "note")).as("the library's new migration ran").isTrue();
        assertThat(versions(ds, "flyway_schema_history")).containsExactly("1", "2");
        assertThat(versions(ds, "flyway_history_test_library")).containsExactly("0.9", "0.10");
        assertThat(versions(ds, "flyway_history_integration_events")).startsWith("0.2");
        assertThat(versions(ds, "flyway_history_personal_data")).startsWith("0.3");
        assertThat(versions(ds, "flyway_history_idempotency_keys")).startsWith("0.4");

        // and the next start finds nothing to do and nothing to complain about
        SchemaMigrations.migrateLibraries(ds, "upgrade_old", libraries, LOADER);
        assertThat(serviceFlyway(ds, "upgrade_old").migrate().migrationsExecuted).isZero();
    }

    /** What the foundation did: one shared history. The library's V0_10 sorts below the service's V2 and is refused. */
    @Test
    void oneSharedHistoryRefusesALibraryMigrationBelowTheServiceVersion() throws Exception {
        DataSource ds = schema("shared_history");
        oldLayout(ds, TEST_LIBRARY_V1.location());

        Flyway next = Flyway.configure(LOADER).dataSource(ds).defaultSchema("shared_history")
                .locations(SERVICE_LOCATION, "classpath:" + TEST_LIBRARY_V2.location()).load();
        assertThatThrownBy(next::migrate).isInstanceOf(FlywayValidateException.class);
    }

    @Test
    void aNewSchemaGetsEveryTableAndOneHistoryPerLibrary() throws Exception {
        DataSource ds = schema("fresh");
        SchemaMigrations.migrateLibraries(ds, "fresh", LibrarySchema.discover(LOADER), LOADER);
        serviceFlyway(ds, "fresh").migrate();

        assertThat(column(ds, "outbox_event", "seq")).isTrue();
        assertThat(column(ds, "inbox_event", "event_id")).isTrue();
        assertThat(column(ds, "idempotency_key", "request_hash")).isTrue();
        assertThat(column(ds, "personal_data_access", "reason")).isTrue();
        assertThat(column(ds, "service_thing", "name")).isTrue();
        // "0" is the baseline each history starts from, below every script
        assertThat(versions(ds, "flyway_schema_history")).containsExactly("0", "1", "2");
        assertThat(versions(ds, "flyway_history_integration_events")).startsWith("0", "0.1", "0.2");
    }

    /**
     * The foundation's layout: the platform libraries' scripts of that time (each library's legacy
     * scripts) and the service's, all in the service's one history.
     */
    private static void oldLayout(DataSource ds, String libraryLocation) throws Exception {
        Path previousSet = Files.createTempDirectory("previous-platform-migrations");
        for (LibrarySchema library : LibrarySchema.discover(LOADER)) {
            for (String script : library.legacyScripts()) {
                try (InputStream in = LOADER.getResourceAsStream(library.location() + "/" + script)) {
                    Files.copy(in, previousSet.resolve(script));
                }
            }
        }
        Flyway.configure(LOADER).dataSource(ds).defaultSchema(schemaOf(ds))
                .locations("filesystem:" + previousSet, "classpath:" + libraryLocation, SERVICE_LOCATION)
                .load().migrate();
    }

    private static Flyway serviceFlyway(DataSource ds, String schema) {
        // as service-defaults configures Quarkus' Flyway: the platform tables are there before the service's first script
        return Flyway.configure(LOADER).dataSource(ds).defaultSchema(schema).locations(SERVICE_LOCATION)
                .baselineOnMigrate(true).baselineVersion("0").load();
    }

    private static DataSource schema(String name) throws SQLException {
        LocalPostgres.createServiceSchema(LocalStack.superuserJdbcUrl(postgres.port()), name);
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(LocalPostgres.jdbcUrl(postgres.port(), name));
        ds.setUser(name);
        ds.setPassword(name);
        return ds;
    }

    private static String schemaOf(DataSource ds) {
        return ((PGSimpleDataSource) ds).getCurrentSchema();
    }

    private static List<String> versions(DataSource ds, String table) throws SQLException {
        List<String> versions = new ArrayList<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT version FROM " + table + " WHERE version IS NOT NULL ORDER BY installed_rank")) {
            while (rs.next()) {
                versions.add(rs.getString(1));
            }
        }
        return versions;
    }

    private static boolean column(DataSource ds, String table, String column) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = '"
                        + table + "' AND column_name = '" + column + "'")) {
            return rs.next();
        }
    }
}
