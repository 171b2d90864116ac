package cn.gonghui.idempotency;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import cn.gonghui.problems.ProblemException;
import cn.gonghui.problems.ProblemType;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The idempotency_key table of the service's own schema; calls join the caller's transaction. */
@ApplicationScoped
public class IdempotencyStore {

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "gonghui.idempotency.retention-hours", defaultValue = "24")
    int retentionHours;

    /**
     * Claims the key for this request, or answers what an earlier request with the key got. While the
     * first request with a key still runs, a second one answers 409 at once (Stripe's behaviour) instead
     * of holding a connection until the first ends (review S15).
     */
    Optional<StoredResponse> claim(String owner, String key, String requestHash) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            try (Statement s = c.createStatement()) {
                s.execute("SET LOCAL lock_timeout = '100ms'");
            }
            try {
                return claim(c, owner, key, requestHash);
            } catch (SQLException e) {
                if ("55P03".equals(e.getSQLState())) {
                    throw new ProblemException(ProblemType.IDEMPOTENCY_KEY_IN_PROGRESS,
                            "a request with this Idempotency-Key is still running; retry in a moment");
                }
                throw e;
            } finally {
                try (Statement s = c.createStatement()) {
                    s.execute("SET LOCAL lock_timeout = DEFAULT");
                } catch (SQLException aborted) {
                    // the transaction is failing anyway
                }
            }
        }
    }

    private Optional<StoredResponse> claim(Connection c, String owner, String key, String requestHash) throws SQLException {
        try (PreparedStatement expired = c.prepareStatement(
                "DELETE FROM idempotency_key WHERE owner = ? AND key = ? AND created_at < now() - make_interval(hours => ?)")) {
            expired.setString(1, owner);
            expired.setString(2, key);
            expired.setInt(3, retentionHours);
            expired.executeUpdate();
        }
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO idempotency_key (owner, key, request_hash) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
            insert.setString(1, owner);
            insert.setString(2, key);
            insert.setString(3, requestHash);
            if (insert.executeUpdate() == 1) {
                return Optional.empty();
            }
        }
        try (PreparedStatement select = c.prepareStatement(
                "SELECT request_hash, status, body, location FROM idempotency_key WHERE owner = ? AND key = ?")) {
            select.setString(1, owner);
            select.setString(2, key);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                int status = rs.getInt(2);
                return Optional.of(new StoredResponse(rs.getString(1), rs.wasNull() ? null : status, rs.getString(3), rs.getString(4)));
            }
        }
    }

    void complete(String owner, String key, int status, String body, String location) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement update = c.prepareStatement(
                "UPDATE idempotency_key SET status = ?, body = ?, location = ? WHERE owner = ? AND key = ?")) {
            update.setInt(1, status);
            update.setString(2, body);
            update.setString(3, location);
            update.setString(4, owner);
            update.setString(5, key);
            update.executeUpdate();
        }
    }

    @Scheduled(every = "${gonghui.idempotency.cleanup-every:1h}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void removeExpired() throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement delete = c.prepareStatement(
                "DELETE FROM idempotency_key WHERE created_at < now() - make_interval(hours => ?)")) {
            delete.setInt(1, retentionHours);
            delete.executeUpdate();
        }
    }
}
