package cn.gonghui.events;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.testkit.Eventually;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The relay's failure modes (security review S9) against the real broker. */
@QuarkusTest
class OutboxRelayTest {

    @Inject
    AgroalDataSource db;

    /**
     * Before: a row over the broker's size limit stayed at the head of every pass, nothing behind it was
     * marked, and the rows after it were re-sent every second for ever.
     */
    @Test
    void aRowTheBrokerAlwaysRefusesIsParkedAndStopsBlockingEveryoneElse() throws Exception {
        String key = "poison-" + UUID.randomUUID();
        long poison = insert(key, "x".repeat(1_200_000));
        long otherAggregate = insert("other-" + UUID.randomUUID(), "small");
        long sameAggregateAfter = insert(key, "small");

        Eventually.await(Duration.ofSeconds(30), () -> publishedAt(otherAggregate) != null);
        Eventually.await(Duration.ofSeconds(30), () -> parked(poison));
        Eventually.await(Duration.ofSeconds(30), () -> publishedAt(sameAggregateAfter) != null);
        assertThat(publishedAt(poison)).isNull();
        assertThat(lastError(poison)).contains("RecordTooLarge");
        String metrics = io.restassured.RestAssured.given().get("/q/metrics").then().extract().asString();
        assertThat(metrics).contains("outbox_parked");
    }

    private long insert(String key, String padding) throws Exception {
        String id = UUID.randomUUID().toString();
        String envelope = "{\"specversion\":\"1.0\",\"id\":\"" + id + "\",\"source\":\"/test\",\"type\":\"RelayTest\","
                + "\"time\":\"2026-11-22T10:00:00+08:00\",\"subject\":\"" + key + "\",\"data\":{\"padding\":\"" + padding + "\"}}";
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO outbox_event (event_id, topic, aggregate_id, type, envelope, occurred_at) "
                        + "VALUES (?::uuid, 'eventstest.relay-test', ?, 'RelayTest', ?::jsonb, now()) RETURNING seq")) {
            ps.setString(1, id);
            ps.setString(2, key);
            ps.setString(3, envelope);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private Object publishedAt(long seq) {
        return column(seq, "published_at");
    }

    private boolean parked(long seq) {
        return column(seq, "parked_at") != null;
    }

    private String lastError(long seq) {
        return String.valueOf(column(seq, "last_error"));
    }

    private Object column(long seq, String column) {
        try (Connection c = db.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT " + column + " FROM outbox_event WHERE seq = ?")) {
            ps.setLong(1, seq);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getObject(1);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
