package cn.gonghui.membership.importing;

import cn.gonghui.events.EventEnvelope;
import cn.gonghui.events.EventsConfig;
import cn.gonghui.events.Outbox;
import cn.gonghui.membership.member.Member;
import cn.gonghui.membership.member.MemberEvents;
import cn.gonghui.personaldata.Masks;
import cn.gonghui.personaldata.PersonalDataCipher;
import cn.gonghui.tracing.TraceContext;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opentelemetry.context.Context;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.IntStream;
import org.hibernate.Session;

/**
 * Writes validated rows as ACTIVE members, with a MemberJoined outbox event each, through plain JDBC on the
 * import transaction's connection, a thousand rows per statement.
 *
 * <p>First it asks which people already have a membership record and allocates ids for the rest. Then, while
 * the database inserts one chunk, the next chunk is sealed (AES-GCM) and its events are written as JSON on
 * another core. A person who gets a record meanwhile (a concurrent upload of the same file) is counted as an
 * existing member, not inserted twice: the one-person-one-record index decides, via ON CONFLICT DO NOTHING,
 * and RETURNING names the rows that went in.
 */
@ApplicationScoped
class MemberBatchWriter {

    static final int CHUNK = 1000;
    static final String MEMBER_JOINED = "MemberJoined";
    /** Event subjects name the aggregate with its kind, as MemberService's do: members/42. */
    static final String SUBJECT_PREFIX = "members/";

    private static final String EXISTING = """
            SELECT id_number_hash FROM member WHERE id_number_hash = ANY(?) AND status IN ('PENDING', 'ACTIVE')""";

    /** OFFSET 0 keeps the sequence lookup from running once per row. */
    private static final String ALLOCATE_IDS = """
            SELECT nextval(s.seq)
            FROM (SELECT pg_get_serial_sequence('member', 'id')::regclass AS seq OFFSET 0) s, generate_series(1, ?)""";

    private static final String INSERT_MEMBERS = """
            INSERT INTO member (id, name, id_number_sealed, id_number_hash, id_number_masked, phone_sealed, phone_masked,
                                union_id, enterprise_id, status, retired, applied_by, applied_on, joined_on, version)
            SELECT r.id, r.name, r.id_sealed, r.id_hash, r.id_masked, r.phone_sealed, r.phone_masked,
                   ?::bigint, r.enterprise_id, 'ACTIVE', false, ?::text, ?::date, r.joined_on, 0
            FROM unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::bigint[], ?::date[])
                 AS r(id, name, id_sealed, id_hash, id_masked, phone_sealed, phone_masked, enterprise_id, joined_on)
            ON CONFLICT (id_number_hash) WHERE status IN ('PENDING', 'ACTIVE') DO NOTHING
            RETURNING id""";

    /** The chunk's envelopes as one JSON array, parsed once; id, subject and time are read from each envelope. */
    private static final String INSERT_EVENTS = """
            INSERT INTO outbox_event (event_id, topic, aggregate_id, type, envelope, occurred_at, traceparent, tracestate)
            SELECT (e->>'id')::uuid, ?::text, e->>'subject', ?::text, e, (e->>'time')::timestamptz, ?::text, ?::text
            FROM jsonb_array_elements(?::jsonb) AS e""";

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

    /** Must run inside the import's transaction: uses its connection. */
    Written write(long unionId, String appliedBy, LocalDate appliedOn, List<NewMember> members) {
        return em.unwrap(Session.class).doReturningWork(connection -> write(connection, unionId, appliedBy, appliedOn, members));
    }

    Written write(Connection connection, long unionId, String appliedBy, LocalDate appliedOn, List<NewMember> members)
            throws SQLException {
        // Every import inserts in hash order, so two uploads naming the same people cannot deadlock.
        List<NewMember> ordered = new ArrayList<>(members);
        ordered.sort(Comparator.comparing(NewMember::idNumberHash));
        List<NewMember> fresh = withoutExisting(connection, ordered);
        long[] ids = allocateIds(connection, fresh.size());
        int imported = insert(connection, new Target(unionId, appliedBy, appliedOn), fresh, ids);
        return new Written(imported, ordered.size() - imported);
    }

    private List<NewMember> withoutExisting(Connection c, List<NewMember> ordered) throws SQLException {
        List<NewMember> fresh = new ArrayList<>(ordered.size());
        try (PreparedStatement ps = c.prepareStatement(EXISTING)) {
            for (int from = 0; from < ordered.size(); from += CHUNK) {
                List<NewMember> chunk = ordered.subList(from, Math.min(from + CHUNK, ordered.size()));
                ps.setArray(1, c.createArrayOf("text", chunk.stream().map(NewMember::idNumberHash).toArray(String[]::new)));
                Set<String> existing = new HashSet<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        existing.add(rs.getString(1));
                    }
                }
                for (NewMember m : chunk) {
                    if (!existing.contains(m.idNumberHash())) {
                        fresh.add(m);
                    }
                }
            }
        }
        return fresh;
    }

    private static long[] allocateIds(Connection c, int count) throws SQLException {
        long[] ids = new long[count];
        if (count == 0) {
            return ids;
        }
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

    /** Inserts chunk after chunk while the next one is being prepared; answers how many rows went in. */
    private int insert(Connection c, Target target, List<NewMember> fresh, long[] ids) throws SQLException {
        int imported = 0;
        CompletableFuture<Chunk> ahead = fresh.isEmpty() ? null : prepareAsync(target, fresh, ids, 0);
        try {
            for (int from = 0; from < fresh.size(); from += CHUNK) {
                Chunk chunk = join(ahead);
                int next = from + CHUNK;
                ahead = next < fresh.size() ? prepareAsync(target, fresh, ids, next) : null;
                Set<Long> inserted = insertMembers(c, target, chunk);
                insertEvents(c, chunk, inserted);
                imported += inserted.size();
            }
        } finally {
            if (ahead != null) {
                ahead.cancel(false);
            }
        }
        return imported;
    }

    private CompletableFuture<Chunk> prepareAsync(Target target, List<NewMember> fresh, long[] ids, int from) {
        int to = Math.min(from + CHUNK, fresh.size());
        return CompletableFuture.supplyAsync(() -> prepare(target, fresh.subList(from, to), ids, from));
    }

    private static Chunk join(CompletableFuture<Chunk> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    /** Seals, masks and writes the events of one chunk: CPU only, no database. */
    private Chunk prepare(Target target, List<NewMember> members, long[] ids, int offset) {
        int n = members.size();
        Chunk chunk = new Chunk(n);
        IntStream.range(0, n).parallel().forEach(i -> {
            NewMember m = members.get(i);
            long id = ids[offset + i];
            chunk.id[i] = id;
            chunk.idText[i] = String.valueOf(id);
            chunk.name[i] = m.name();
            chunk.idSealed[i] = cipher.seal(m.idNumber(), Member.idNumberContext(m.idNumberHash()));
            chunk.idHash[i] = m.idNumberHash();
            chunk.idMasked[i] = Member.maskedIdNumber(m.idNumber());
            chunk.phoneSealed[i] = cipher.seal(m.phone(), Member.phoneContext(m.idNumberHash()));
            chunk.phoneMasked[i] = Masks.phone(m.phone());
            chunk.enterpriseId[i] = m.enterpriseId() == null ? null : String.valueOf(m.enterpriseId());
            chunk.joinedOn[i] = m.joinedOn().toString();
            EventEnvelope envelope = outbox.envelope(MEMBER_JOINED, SUBJECT_PREFIX + id,
                    MemberEvents.MemberJoined.of(id, target.unionId(), m.enterpriseId(), m.joinedOn(), m.idNumber()));
            chunk.envelope[i] = json(envelope);
        });
        return chunk;
    }

    private Set<Long> insertMembers(Connection c, Target target, Chunk chunk) throws SQLException {
        Set<Long> inserted = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement(INSERT_MEMBERS)) {
            ps.setLong(1, target.unionId());
            ps.setString(2, target.appliedBy());
            ps.setObject(3, target.appliedOn());
            ps.setArray(4, c.createArrayOf("text", chunk.idText));
            ps.setArray(5, c.createArrayOf("text", chunk.name));
            ps.setArray(6, c.createArrayOf("text", chunk.idSealed));
            ps.setArray(7, c.createArrayOf("text", chunk.idHash));
            ps.setArray(8, c.createArrayOf("text", chunk.idMasked));
            ps.setArray(9, c.createArrayOf("text", chunk.phoneSealed));
            ps.setArray(10, c.createArrayOf("text", chunk.phoneMasked));
            ps.setArray(11, c.createArrayOf("text", chunk.enterpriseId));
            ps.setArray(12, c.createArrayOf("text", chunk.joinedOn));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    inserted.add(rs.getLong(1));
                }
            }
        }
        return inserted;
    }

    /** The MemberJoined events of the rows that went in; the rest were taken by a concurrent upload. */
    private void insertEvents(Connection c, Chunk chunk, Set<Long> inserted) throws SQLException {
        if (inserted.isEmpty()) {
            return;
        }
        StringBuilder envelopes = new StringBuilder(inserted.size() * 400).append('[');
        for (int i = 0; i < chunk.id.length; i++) {
            if (inserted.contains(chunk.id[i])) {
                envelopes.append(envelopes.length() == 1 ? "" : ",").append(chunk.envelope[i]);
            }
        }
        envelopes.append(']');
        try (PreparedStatement ps = c.prepareStatement(INSERT_EVENTS)) {
            // like Outbox.record: the events continue the trace of the upload
            Map<String, String> trace = TraceContext.headers(Context.current());
            ps.setString(1, events.topic());
            ps.setString(2, MEMBER_JOINED);
            ps.setString(3, trace.get(TraceContext.TRACEPARENT));
            ps.setString(4, trace.get(TraceContext.TRACESTATE));
            ps.setString(5, envelopes.toString());
            ps.executeUpdate();
        }
    }

    private String json(EventEnvelope envelope) {
        try {
            return mapper.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event data cannot be written as JSON", e);
        }
    }

    /** What every row of one import shares. */
    private record Target(long unionId, String appliedBy, LocalDate appliedOn) {
    }

    /** One chunk's columns, as the arrays the statements take; index i is the same row everywhere. */
    private static final class Chunk {
        final long[] id;
        final String[] idText;
        final String[] name;
        final String[] idSealed;
        final String[] idHash;
        final String[] idMasked;
        final String[] phoneSealed;
        final String[] phoneMasked;
        final String[] enterpriseId;
        final String[] joinedOn;
        /** Each row's MemberJoined envelope as JSON. */
        final String[] envelope;

        Chunk(int n) {
            id = new long[n];
            idText = new String[n];
            name = new String[n];
            idSealed = new String[n];
            idHash = new String[n];
            idMasked = new String[n];
            phoneSealed = new String[n];
            phoneMasked = new String[n];
            enterpriseId = new String[n];
            joinedOn = new String[n];
            envelope = new String[n];
        }
    }
}
