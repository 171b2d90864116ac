package cn.gonghui.defaults;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;

/**
 * Migrates a service's schema: first each platform library's tables, each under its own history table,
 * then the service's own migrations under Flyway's default history. Plain Flyway, so it runs the same in
 * a service, in a test and in an upgrade check.
 *
 * <p>Schemas made before the platform libraries had their own histories recorded the libraries' scripts
 * in the service's history. The first run here moves each such library over: its history starts at the
 * highest version the service's history recorded for it (a Flyway baseline), and those rows leave the
 * service's history, which then validates against the service's own scripts only.
 */
public final class SchemaMigrations {

    static final String SERVICE_HISTORY = "flyway_schema_history";

    private SchemaMigrations() {
    }

    /** Pods starting together take turns: the take-over of an old history is not covered by Flyway's own lock. */
    public static void migrateLibraries(DataSource dataSource, String schema, List<LibrarySchema> libraries,
            ClassLoader classLoader) {
        try (Connection lock = dataSource.getConnection()) {
            try (PreparedStatement take = lock.prepareStatement("SELECT pg_advisory_lock(hashtext(? || '.platform-migrations'))")) {
                take.setString(1, schema);
                take.execute();
            }
            try {
                migrate(dataSource, schema, libraries, classLoader);
            } finally {
                try (PreparedStatement release = lock.prepareStatement(
                        "SELECT pg_advisory_unlock(hashtext(? || '.platform-migrations'))")) {
                    release.setString(1, schema);
                    release.execute();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot lock the migrations of schema " + schema, e);
        }
    }

    private static void migrate(DataSource dataSource, String schema, List<LibrarySchema> libraries, ClassLoader classLoader) {
        for (LibrarySchema library : libraries) {
            Flyway flyway = Flyway.configure(classLoader)
                    .dataSource(dataSource)
                    .defaultSchema(schema)
                    .table(library.historyTable())
                    .locations("classpath:" + library.location())
                    .createSchemas(false)
                    // the schema already holds other libraries' tables: start this history below every version
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .load();
            MigrationVersion legacy = takeOverLegacyHistory(dataSource, schema, library);
            if (legacy != null) {
                Flyway.configure(classLoader).configuration(flyway.getConfiguration())
                        .baselineVersion(legacy)
                        .baselineDescription("moved from " + SERVICE_HISTORY)
                        .load().baseline();
            }
            flyway.migrate();
        }
    }

    /**
     * When the library has no history of its own yet but the service's history recorded its scripts,
     * removes those rows and answers the highest version among them; otherwise null.
     */
    static MigrationVersion takeOverLegacyHistory(DataSource dataSource, String schema, LibrarySchema library) {
        if (library.legacyScripts().isEmpty()) {
            return null;
        }
        try (Connection c = dataSource.getConnection()) {
            if (tableExists(c, schema, library.historyTable()) || !tableExists(c, schema, SERVICE_HISTORY)) {
                return null;
            }
            String history = quoted(schema) + "." + SERVICE_HISTORY;
            MigrationVersion highest = null;
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT version FROM " + history + " WHERE script = ANY (?) AND success")) {
                select.setArray(1, c.createArrayOf("text", library.legacyScripts().toArray()));
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        MigrationVersion version = MigrationVersion.fromVersion(rs.getString(1));
                        if (highest == null || version.isNewerThan(highest)) {
                            highest = version;
                        }
                    }
                }
            }
            if (highest != null) {
                try (PreparedStatement delete = c.prepareStatement("DELETE FROM " + history + " WHERE script = ANY (?)")) {
                    delete.setArray(1, c.createArrayOf("text", library.legacyScripts().toArray()));
                    delete.executeUpdate();
                }
            }
            return highest;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the migration history of schema " + schema, e);
        }
    }

    private static boolean tableExists(Connection c, String schema, String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT 1 FROM information_schema.tables WHERE table_schema = ? AND table_name = ?")) {
            ps.setString(1, schema);
            ps.setString(2, table);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static String quoted(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
