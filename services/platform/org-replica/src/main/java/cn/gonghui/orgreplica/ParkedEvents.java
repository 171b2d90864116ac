package cn.gonghui.orgreplica;

import cn.gonghui.events.EventEnvelope;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * {@code replica_parked_event}: union events that wait for a union the replica does not know yet, kept in
 * the transaction that read them and re-applied in park order ({@code seq}) once that union changes.
 */
@ApplicationScoped
class ParkedEvents {

    private static final Logger LOG = Logger.getLogger(ParkedEvents.class);

    record Parked(long seq, EventEnvelope event) {
    }

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    /** Parks the event; one parked already ({@code seq} not null) keeps its place and waits for {@code awaited}. */
    void park(EventEnvelope event, long unionId, long awaited, Long seq) {
        if (seq != null) {
            Sql.update(em, "UPDATE replica_parked_event SET waiting_for_union_id = ? WHERE seq = ?", awaited, seq);
        } else {
            Sql.update(em, "INSERT INTO replica_parked_event (waiting_for_union_id, union_id, event_id, type, envelope) "
                    + "VALUES (?, ?, ?, ?, CAST(? AS jsonb)) ON CONFLICT (event_id) DO NOTHING",
                    awaited, unionId, event.id(), event.type(), json(event));
        }
        LOG.debugf("%s %s of union %d parked until union %d arrives or changes", event.type(), event.id(), unionId, awaited);
    }

    void remove(long seq) {
        Sql.update(em, "DELETE FROM replica_parked_event WHERE seq = ?", seq);
    }

    /**
     * What the latest event of this union parked before {@code seq} (null: before any) waits for, so a later
     * event of the same union waits behind it. Events waiting for the union's own creation do not count.
     */
    Optional<Long> awaitedByEarlierEventOf(long unionId, Long seq) {
        return Sql.first(em, "SELECT waiting_for_union_id FROM replica_parked_event "
                + "WHERE union_id = ? AND waiting_for_union_id <> union_id AND seq < ? ORDER BY seq DESC LIMIT 1",
                rs -> rs.getLong(1), unionId, seq == null ? Long.MAX_VALUE : seq);
    }

    List<Parked> waitingFor(long unionId) {
        return Sql.list(em, "SELECT seq, envelope::text FROM replica_parked_event WHERE waiting_for_union_id = ? ORDER BY seq",
                rs -> new Parked(rs.getLong(1), read(rs.getString(2))), unionId);
    }

    private String json(EventEnvelope event) {
        try {
            return mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event " + event.id() + " cannot be written as JSON", e);
        }
    }

    private EventEnvelope read(String json) {
        try {
            return mapper.readValue(json, EventEnvelope.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a parked event cannot be read back", e);
        }
    }
}
