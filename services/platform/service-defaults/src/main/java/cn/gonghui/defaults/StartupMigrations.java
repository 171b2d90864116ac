package cn.gonghui.defaults;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.jboss.logging.Logger;

/**
 * Migrates the service's schema before anything else starts (Quarkus' own migrate-at-start is off in
 * the defaults): the platform libraries first, then the service's {@code db/migration}.
 */
@jakarta.inject.Singleton
public class StartupMigrations {

    private static final Logger LOG = Logger.getLogger(StartupMigrations.class);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Flyway serviceFlyway;

    @ConfigProperty(name = "gonghui.migrate-at-start", defaultValue = "true")
    boolean migrateAtStart;

    /**
     * Before every other start-up observer, the scheduler's included (it starts at PLATFORM_BEFORE and
     * its first relay and clean-up passes would otherwise meet tables that do not exist yet).
     */
    void migrate(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE - 1000) StartupEvent startup) {
        if (!migrateAtStart) {
            return;
        }
        String schema = schema();
        var libraries = LibrarySchema.discover(Thread.currentThread().getContextClassLoader());
        SchemaMigrations.migrateLibraries(dataSource, schema, libraries, Thread.currentThread().getContextClassLoader());
        serviceFlyway.migrate();
        LOG.infof("schema %s migrated: platform libraries %s, then the service's own",
                schema, libraries.stream().map(LibrarySchema::name).toList());
    }

    private String schema() {
        String configured = serviceFlyway.getConfiguration().getDefaultSchema();
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT current_schema()")) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot tell the service's schema", e);
        }
    }
}
