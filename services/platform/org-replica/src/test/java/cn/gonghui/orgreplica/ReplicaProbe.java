package cn.gonghui.orgreplica;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.BooleanSupplier;

/** What the replica holds, read straight from the database, and bounded waits for the consumer. */
@ApplicationScoped
class ReplicaProbe {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    AgroalDataSource db;

    @Inject
    OrgReplicaConsumer consumer;

    static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + PATIENCE.toSeconds() + " s: " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting: " + what);
            }
        }
    }

    /** Waits until the consumer has taken every one of these events (its inbox row commits with the effect). */
    void awaitTaken(Collection<String> eventIds) {
        await("the consumer took " + eventIds, () -> inboxRows(eventIds) == eventIds.stream().distinct().count());
    }

    void awaitTaken(String eventId) {
        awaitTaken(List.of(eventId));
    }

    long inboxRows(Collection<String> eventIds) {
        return count("SELECT count(*) FROM inbox_event WHERE consumer = ? AND event_id = ANY (?)", consumer.name(), eventIds);
    }

    long inboxRows() {
        return count("SELECT count(*) FROM inbox_event WHERE consumer = ?", consumer.name());
    }

    boolean parked(String eventId) {
        return count("SELECT count(*) FROM replica_parked_event WHERE event_id = ?", eventId) == 1;
    }

    ReplicaUnion union(long id) {
        return QuarkusTransaction.requiringNew().call(() -> ReplicaUnion.<ReplicaUnion>findById(id));
    }

    ReplicaEnterprise enterprise(long id) {
        return QuarkusTransaction.requiringNew().call(() -> ReplicaEnterprise.<ReplicaEnterprise>findById(id));
    }

    ReplicaMember member(long id) {
        return QuarkusTransaction.requiringNew().call(() -> ReplicaMember.<ReplicaMember>findById(id));
    }

    /** Every row of the replica, parked events included (without their park sequence and time), as text. */
    List<String> snapshot() {
        List<String> rows = new ArrayList<>();
        for (String table : List.of("replica_union", "replica_enterprise", "replica_member")) {
            rows.addAll(strings("SELECT '" + table + " ' || row_to_json(t)::text FROM " + table + " t ORDER BY id"));
        }
        rows.addAll(strings("SELECT 'parked ' || event_id || ' ' || type || ' of ' || union_id || ' waits for ' || waiting_for_union_id "
                + "FROM replica_parked_event ORDER BY event_id"));
        return rows;
    }

    private long count(String sql, Object... args) {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                if (args[i] instanceof Collection<?> values) {
                    ps.setArray(i + 1, c.createArrayOf("text", values.toArray()));
                } else {
                    ps.setObject(i + 1, args[i]);
                }
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> strings(String sql) {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            List<String> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
