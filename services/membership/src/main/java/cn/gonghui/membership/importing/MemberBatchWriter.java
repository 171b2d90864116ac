package cn.gonghui.membership.importing;

import cn.gonghui.events.EventEnvelope;
import cn.gonghui.events.EventsConfig;
import cn.gonghui.events.Outbox;
import cn.gonghui.membership.member.MemberEvents;
import cn.gonghui.personaldata.Masks;
import cn.gonghui.personaldata.PersonalDataCipher;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.Session;

/**
 * Writes validated rows as ACTIVE members, with a MemberJoined outbox event each, through plain JDBC on the
 * current transaction's connection, a thousand rows per round of statements. A person who already has a
 * membership record (or gets one from a concurrent upload) is counted, not inserted again: the
 * one-person-one-record index decides, via ON CONFLICT DO NOTHING.
 */
@ApplicationScoped
class MemberBatchWriter {

    static final int CHUNK = 1000;
    static final String MEMBER_JOINED = "MemberJoined";

    private static final String EXISTING = """
            SELECT id_number_hash FROM member WHERE id_number_hash = ANY(?) AND status <> 'REJECTED'""";

    private static final String ALLOCATE_IDS = """
            SELECT nextval(pg_get_serial_sequence('member', 'id')) FROM generate_series(1, ?)""";

    /** One statement per chunk; RETURNING names exactly the rows the unique index let in. */
    private static final String INSERT_MEMBERS = """
            INSERT INTO member (id, name, id_number_sealed, id_number_hash, id_number_masked, phone_sealed, phone_masked,
                                union_id, enterprise_id, status, retired, applied_by, applied_on, joined_on, version)
            SELECT r.id, r.name, r.id_sealed, r.id_hash, r.id_masked, r.phone_sealed, r.phone_masked,
                   ?::bigint, r.enterprise_id, 'ACTIVE', false, ?::text, ?::date, r.joined_on, 0
            FROM unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::bigint[], ?::date[])
                 AS r(id, name, id_sealed, id_hash, id_masked, phone_sealed, phone_masked, enterprise_id, joined_on)
            ON CONFLICT (id_number_hash) WHERE status <> 'REJECTED' DO NOTHING
            RETURNING id""";

    private static final String INSERT_EVENTS = """
            INSERT INTO outbox_event (event_id, topic, aggregate_id, type, envelope, occurred_at)
            SELECT e.event_id, ?::text, e.aggregate_id, ?::text, e.envelope, e.occurred_at
            FROM unnest(?::uuid[], ?::text[], ?::jsonb[], ?::timestamptz[]) AS e(event_id, aggregate_id, envelope, occurred_at)""";

    @Inject
    EntityManager em;

    @Inject
    PersonalDataCipher cipher;

    @Inject
    Outbox outbox;

    @Inject
    EventsConfig events;

    @Inject
    ObjectMapper mapper;

    /** How many rows went in, and how many were people who already had a record. */
    record Written(int imported, int alreadyMembers) {
    }

    /** Must run inside the import's transaction. */
    Written write(long unionId, String appliedBy, LocalDate appliedOn, List<NewMember> members) {
        // Every import inserts in the same (hash) order, so two uploads naming the same people cannot deadlock.
        List<NewMember> ordered = new ArrayList<>(members);
        ordered.sort(Comparator.comparing(NewMember::idNumberHash));
        return em.unwrap(Session.class).doReturningWork(connection -> {
            int imported = 0;
            for (int from = 0; from < ordered.size(); from += CHUNK) {
                imported += writeChunk(connection, unionId, appliedBy, appliedOn,
                        ordered.subList(from, Math.min(from + CHUNK, ordered.size())));
            }
            return new Written(imported, ordered.size() - imported);
        });
    }

    private int writeChunk(Connection c, long unionId, String appliedBy, LocalDate appliedOn, List<NewMember> chunk)
            throws SQLException {
        Set<String> existing = existingHashes(c, chunk);
        List<NewMember> fresh = chunk.stream().filter(m -> !existing.contains(m.idNumberHash())).toList();
        if (fresh.isEmpty()) {
            return 0;
        }
        long[] ids = allocateIds(c, fresh.size());
        List<Sealed> sealed = fresh.parallelStream().map(this::seal).toList();
        Set<Long> inserted = insertMembers(c, unionId, appliedBy, appliedOn, fresh, ids, sealed);
        List<Joined> joined = new ArrayList<>(inserted.size());
        for (int i = 0; i < fresh.size(); i++) {
            if (inserted.contains(ids[i])) {
                joined.add(new Joined(ids[i], fresh.get(i)));
            }
        }
        insertEvents(c, unionId, joined);
        return inserted.size();
    }

    private Set<String> existingHashes(Connection c, List<NewMember> chunk) throws SQLException {
        Set<String> existing = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement(EXISTING)) {
            ps.setArray(1, text(c, chunk.stream().map(NewMember::idNumberHash).toArray(String[]::new)));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    existing.add(rs.getString(1));
                }
            }
        }
        return existing;
    }

    private static long[] allocateIds(Connection c, int count) throws SQLException {
        long[] ids = new long[count];
        try (PreparedStatement ps = c.prepareStatement(ALLOCATE_IDS)) {
            ps.setInt(1, count);
            try (ResultSet rs = ps.executeQuery()) {
                int i = 0;
                while (rs.next()) {
                    ids[i++] = rs.getLong(1);
                }
                if (i != count) {
                    throw new SQLException("allocated " + i + " member ids instead of " + count);
                }
            }
        }
        return ids;
    }

    private Set<Long> insertMembers(Connection c, long unionId, String appliedBy, LocalDate appliedOn,
            List<NewMember> fresh, long[] ids, List<Sealed> sealed) throws SQLException {
        int n = fresh.size();
        String[] id = new String[n];
        String[] name = new String[n];
        String[] idSealed = new String[n];
        String[] idHash = new String[n];
        String[] idMasked = new String[n];
        String[] phoneSealed = new String[n];
        String[] phoneMasked = new String[n];
        String[] enterpriseId = new String[n];
        String[] joinedOn = new String[n];
        for (int i = 0; i < n; i++) {
            NewMember m = fresh.get(i);
            Sealed s = sealed.get(i);
            id[i] = String.valueOf(ids[i]);
            name[i] = m.name();
            idSealed[i] = s.idNumber();
            idHash[i] = m.idNumberHash();
            idMasked[i] = Masks.idNumber(m.idNumber());
            phoneSealed[i] = s.phone();
            phoneMasked[i] = Masks.phone(m.phone());
            enterpriseId[i] = m.enterpriseId() == null ? null : String.valueOf(m.enterpriseId());
            joinedOn[i] = m.joinedOn().toString();
        }
        Set<Long> inserted = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement(INSERT_MEMBERS)) {
            ps.setLong(1, unionId);
            ps.setString(2, appliedBy);
            ps.setObject(3, appliedOn);
            ps.setArray(4, text(c, id));
            ps.setArray(5, text(c, name));
            ps.setArray(6, text(c, idSealed));
            ps.setArray(7, text(c, idHash));
            ps.setArray(8, text(c, idMasked));
            ps.setArray(9, text(c, phoneSealed));
            ps.setArray(10, text(c, phoneMasked));
            ps.setArray(11, text(c, enterpriseId));
            ps.setArray(12, text(c, joinedOn));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    inserted.add(rs.getLong(1));
                }
            }
        }
        return inserted;
    }

    private void insertEvents(Connection c, long unionId, List<Joined> joined) throws SQLException {
        if (joined.isEmpty()) {
            return;
        }
        List<Event> built = joined.parallelStream().map(j -> event(unionId, j)).toList();
        int n = built.size();
        String[] eventId = new String[n];
        String[] aggregateId = new String[n];
        String[] envelope = new String[n];
        String[] occurredAt = new String[n];
        for (int i = 0; i < n; i++) {
            Event e = built.get(i);
            eventId[i] = e.envelope().id();
            aggregateId[i] = e.envelope().subject();
            envelope[i] = e.json();
            occurredAt[i] = e.envelope().time().toString();
        }
        try (PreparedStatement ps = c.prepareStatement(INSERT_EVENTS)) {
            ps.setString(1, events.topic());
            ps.setString(2, MEMBER_JOINED);
            ps.setArray(3, text(c, eventId));
            ps.setArray(4, text(c, aggregateId));
            ps.setArray(5, text(c, envelope));
            ps.setArray(6, text(c, occurredAt));
            ps.executeUpdate();
        }
    }

    private Event event(long unionId, Joined j) {
        NewMember m = j.member();
        EventEnvelope envelope = outbox.envelope(MEMBER_JOINED, j.id(),
                new MemberEvents.MemberJoined(j.id(), unionId, m.enterpriseId(), m.joinedOn()));
        try {
            return new Event(envelope, mapper.writeValueAsString(envelope));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event data cannot be written as JSON", e);
        }
    }

    private Sealed seal(NewMember m) {
        return new Sealed(cipher.seal(m.idNumber()), cipher.seal(m.phone()));
    }

    private static Array text(Connection c, String[] values) throws SQLException {
        return c.createArrayOf("text", values);
    }

    /** The ID number and phone of one row, AES-GCM sealed. */
    private record Sealed(String idNumber, String phone) {
    }

    /** A row the insert let in, with the id it got. */
    private record Joined(long id, NewMember member) {
    }

    private record Event(EventEnvelope envelope, String json) {
    }
}
