package cn.gonghui.testkit;

import cn.gonghui.identifiers.ResidentIdNumber;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * An organisation tree for the tests of a service other than membership, made the only way such a
 * service learns it: membership's events on {@code membership.events}. Each call publishes one event,
 * shaped as docs/events/membership describes it, and returns once the broker has it. Union events use
 * the Kafka key {@code union-tree}, the others their subject, as membership does; records carry
 * membership's {@code ce_id}, {@code ce_type} and {@code content-type} headers.
 *
 * <p>Ids come from one sequence per JVM that starts at a random point far above what membership or a
 * story file uses, so tests that share the broker never reuse an id. The tree remembers the paths of
 * the unions it made, so {@code UnionCreated}, {@code UnionMoved} and {@code UnionDissolved} carry the
 * paths membership would send. Waiting for the service to apply the events is the test's business
 * (see {@link Eventually}).
 *
 * <pre>
 * try (OrgTree org = OrgTree.on(bootstrap)) {
 *     OrgTree.Tree t = org.tree();
 *     long member = org.member(t.enterpriseUnion());
 *     Eventually.await(Duration.ofSeconds(30), () -> replicaKnows(member));
 * }
 * </pre>
 *
 * Membership's own tests build their trees through its API instead.
 */
public final class OrgTree implements AutoCloseable {

    public static final String TOPIC = "membership.events";
    public static final String SOURCE = "/gonghui/membership";
    /** The Kafka key of every union-tree event (UnionCreated, UnionRenamed, UnionMoved, UnionDissolved). */
    public static final String UNION_TREE_KEY = "union-tree";

    static final Set<String> FEDERATIONS = Set.of("DISTRICT_FEDERATION", "STREET_TOWN_FEDERATION", "INDUSTRIAL_PARK_FEDERATION");
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicLong IDS = new AtomicLong(ThreadLocalRandom.current().nextLong(1_000_000L, 1_000_000_000L) * 1_000L);

    /** Where envelopes go: the broker, or a list in a test of the kit. */
    @FunctionalInterface
    public interface Sink {
        void send(String topic, String key, String envelope);
    }

    /** A district federation, one street federation under it and one enterprise union under that. */
    public record Tree(long district, long street, long enterpriseUnion) {
    }

    private final Sink sink;
    private final AutoCloseable closer;
    private final String topic;
    private final Map<Long, String> paths = new HashMap<>();
    private final Map<Long, Long> parents = new HashMap<>();
    private final Map<Long, String> kinds = new HashMap<>();

    private OrgTree(Sink sink, AutoCloseable closer, String topic) {
        this.sink = sink;
        this.closer = closer;
        this.topic = topic;
    }

    /** Publishes to {@code membership.events} on the broker at {@code bootstrap}; close it to close its producer. */
    public static OrgTree on(String bootstrap) {
        return on(bootstrap, TOPIC);
    }

    /** Publishes to another topic (a service reading {@code gonghui.org-replica.topic} from elsewhere). */
    public static OrgTree on(String bootstrap, String topic) {
        KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true), new StringSerializer(), new StringSerializer());
        Sink sink = (to, key, envelope) -> {
            ProducerRecord<String, String> record = new ProducerRecord<>(to, key, envelope);
            JsonNode node = read(envelope);
            record.headers().add("ce_id", node.path("id").asText().getBytes(StandardCharsets.UTF_8));
            record.headers().add("ce_type", node.path("type").asText().getBytes(StandardCharsets.UTF_8));
            record.headers().add("content-type", "application/cloudevents+json".getBytes(StandardCharsets.UTF_8));
            try {
                producer.send(record).get(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while publishing " + envelope, e);
            } catch (Exception e) {
                throw new IllegalStateException("cannot publish " + envelope + " to " + to, e);
            }
        };
        return new OrgTree(sink, () -> producer.close(Duration.ofSeconds(5)), topic);
    }

    /** Hands every envelope to {@code sink} instead of a broker, on topic {@code membership.events}. */
    public static OrgTree into(Sink sink) {
        return new OrgTree(sink, () -> { }, TOPIC);
    }

    /** An id never answered before in this JVM, far above membership's own sequences. */
    public static long nextId() {
        return IDS.incrementAndGet();
    }

    /** Like membership's test tree: 大兴区总工会 → 西红门镇总工会 → 京东方企业工会. */
    public Tree tree() {
        long district = union(null, "DISTRICT_FEDERATION", "大兴区总工会");
        long street = union(district, "STREET_TOWN_FEDERATION", "西红门镇总工会");
        long enterpriseUnion = union(street, "ENTERPRISE_UNION", "京东方企业工会");
        return new Tree(district, street, enterpriseUnion);
    }

    /**
     * {@code UnionCreated} (建会) of a new union; answers its id. {@code parentId} is null for a root
     * (a district federation) and otherwise a union this tree made.
     */
    public synchronized long union(Long parentId, String kind, String name) {
        long id = nextId();
        String path = (parentId == null ? "/" : pathOf(parentId)) + id + "/";
        ObjectNode data = JSON.createObjectNode().put("unionId", id);
        if (parentId == null) {
            data.putNull("parentId");
        } else {
            data.put("parentId", parentId);
        }
        data.put("path", path).put("name", name).put("kind", kind).put("foundedOn", today());
        publish("UnionCreated", "unions/" + id, data);
        paths.put(id, path);
        parents.put(id, parentId);
        kinds.put(id, kind);
        return id;
    }

    /** {@code UnionRenamed}. */
    public synchronized void rename(long unionId, String name) {
        pathOf(unionId);
        publish("UnionRenamed", "unions/" + unionId, JSON.createObjectNode().put("unionId", unionId).put("name", name));
    }

    /** {@code UnionMoved} with its subtree under {@code newParentId}; the paths of its descendants change with it. */
    public synchronized void move(long unionId, long newParentId) {
        String oldPath = pathOf(unionId);
        String newPath = pathOf(newParentId) + unionId + "/";
        if (newPath.startsWith(oldPath)) {
            throw new IllegalArgumentException("union " + newParentId + " is under union " + unionId + ": membership refuses that move");
        }
        ObjectNode data = JSON.createObjectNode().put("unionId", unionId);
        Long oldParent = parents.get(unionId);
        if (oldParent == null) {
            data.putNull("oldParentId");
        } else {
            data.put("oldParentId", oldParent);
        }
        data.put("newParentId", newParentId).put("oldPath", oldPath).put("newPath", newPath);
        publish("UnionMoved", "unions/" + unionId, data);
        paths.replaceAll((id, path) -> path.startsWith(oldPath) ? newPath + path.substring(oldPath.length()) : path);
        parents.put(unionId, newParentId);
    }

    /** {@code UnionDissolved} (撤销), dated today. */
    public synchronized void dissolve(long unionId) {
        publish("UnionDissolved", "unions/" + unionId, JSON.createObjectNode().put("unionId", unionId)
                .put("path", pathOf(unionId)).put("dissolvedOn", today()));
    }

    /**
     * {@code EnterpriseRegistered} under the union; answers the enterprise's id. {@code covered} is true
     * when the union is a grassroots union this tree made, as membership derives it.
     */
    public synchronized long enterprise(long unionId) {
        long id = nextId();
        boolean covered = kinds.containsKey(unionId) && !FEDERATIONS.contains(kinds.get(unionId));
        publish("EnterpriseRegistered", "enterprises/" + id, JSON.createObjectNode().put("enterpriseId", id)
                .put("creditCode", TestIdentifiers.creditCode()).put("name", "测试企业" + id).put("districtCode", "110115")
                .put("headcount", 120).put("ownership", "NON_PUBLIC").put("unionId", unionId).put("covered", covered));
        return id;
    }

    /** {@code MemberJoined} (入会) of a new member of the union, with no known employer; answers the member's id. */
    public long member(long unionId) {
        return member(unionId, null);
    }

    /**
     * {@code MemberJoined} of a new member of the union working at {@code enterpriseId} (null when none is
     * known), joined today; gender and birth year come from a fresh resident ID number, as membership derives them.
     */
    public synchronized long member(long unionId, Long enterpriseId) {
        long id = nextId();
        String idNumber = TestIdentifiers.idNumber();
        ObjectNode data = JSON.createObjectNode().put("memberId", id).put("unionId", unionId);
        if (enterpriseId == null) {
            data.putNull("enterpriseId");
        } else {
            data.put("enterpriseId", enterpriseId);
        }
        data.put("joinedOn", today()).put("gender", ResidentIdNumber.gender(idNumber))
                .put("birthYear", ResidentIdNumber.birthDate(idNumber).getYear());
        publish("MemberJoined", "members/" + id, data);
        return id;
    }

    /**
     * Any other event of membership's (MemberLeft, EnterpriseUpdated, ...) or one made wrong on purpose:
     * wrapped in a fresh envelope, keyed as membership keys it; answers the event's id.
     */
    public synchronized String publish(String type, String subject, ObjectNode data) {
        String id = UUID.randomUUID().toString();
        ObjectNode envelope = JSON.createObjectNode().put("specversion", "1.0").put("id", id).put("source", SOURCE)
                .put("type", type).put("time", now()).put("subject", subject).put("datacontenttype", "application/json");
        envelope.set("data", data);
        sink.send(topic, subject.startsWith("unions/") ? UNION_TREE_KEY : subject, envelope.toString());
        return id;
    }

    /** The union's path as membership computes it (ids from the root, e.g. {@code /1/4/9/}), after every move so far. */
    public synchronized String pathOf(long unionId) {
        String path = paths.get(unionId);
        if (path == null) {
            throw new IllegalArgumentException("union " + unionId + " was not made by this OrgTree");
        }
        return path;
    }

    /** An empty JSON object for {@link #publish}. */
    public static ObjectNode data() {
        return JSON.createObjectNode();
    }

    @Override
    public void close() {
        try {
            closer.close();
        } catch (Exception e) {
            throw new IllegalStateException("cannot close the producer", e);
        }
    }

    private static String today() {
        return LocalDate.now(CHINA).toString();
    }

    private static String now() {
        return OffsetDateTime.now(CHINA).truncatedTo(ChronoUnit.MILLIS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalArgumentException("not JSON: " + json, e);
        }
    }
}
