package cn.gonghui.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The kit's events, without a broker: their contracts, keys and paths. */
class OrgTreeTest {

    static final Path DOCS = Path.of("../../../docs/events").toAbsolutePath().normalize();
    static final ObjectMapper JSON = new ObjectMapper();

    record Sent(String topic, String key, JsonNode envelope) {
        String type() {
            return envelope.get("type").asText();
        }

        JsonNode data() {
            return envelope.get("data");
        }
    }

    private final List<Sent> sent = new ArrayList<>();
    private final OrgTree org = OrgTree.into((topic, key, envelope) -> {
        try {
            sent.add(new Sent(topic, key, JSON.readTree(envelope)));
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + envelope, e);
        }
    });

    @Test
    void everyEventTheKitPublishesMatchesItsDocumentedSchema() {
        OrgTree.Tree t = org.tree();
        long otherStreet = org.union(t.district(), "STREET_TOWN_FEDERATION", "瀛海镇总工会");
        long enterprise = org.enterprise(t.enterpriseUnion());
        org.member(t.enterpriseUnion(), enterprise);
        org.member(t.street());
        org.rename(t.enterpriseUnion(), "京东方科技企业工会");
        org.move(t.enterpriseUnion(), otherStreet);
        long dissolving = org.union(t.street(), "ENTERPRISE_UNION", "将撤销工会");
        org.dissolve(dissolving);

        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                builder -> builder.schemaMappers(m -> m.mapPrefix("https://gonghui.cn/events/", DOCS.toUri().toString())));
        Set<String> types = new HashSet<>();
        for (Sent s : sent) {
            var schema = factory.getSchema(SchemaLocation.of("https://gonghui.cn/events/membership/" + s.type() + ".schema.json"));
            assertThat(schema.validate(s.envelope())).as(s.type() + " " + s.envelope()).isEmpty();
            assertThat(s.envelope().get("time").asText()).endsWith("+08:00");
            types.add(s.type());
        }
        assertThat(types).containsExactlyInAnyOrder("UnionCreated", "UnionRenamed", "UnionMoved", "UnionDissolved",
                "EnterpriseRegistered", "MemberJoined");
        assertThat(sent).extracting(Sent::topic).containsOnly("membership.events");
        assertThat(sent).extracting(s -> s.envelope().get("id").asText()).doesNotHaveDuplicates();
    }

    @Test
    void unionEventsShareTheUnionTreeKeyAndTheOthersAreKeyedBySubject() {
        OrgTree.Tree t = org.tree();
        org.enterprise(t.enterpriseUnion());
        org.member(t.enterpriseUnion());
        org.rename(t.street(), "新名");
        for (Sent s : sent) {
            String subject = s.envelope().get("subject").asText();
            assertThat(s.key()).as(s.type()).isEqualTo(subject.startsWith("unions/") ? "union-tree" : subject);
        }
        assertThat(sent).extracting(Sent::key).contains("union-tree");
    }

    @Test
    void theTreeCarriesPathsFromTheRootAsMembershipComputesThem() {
        OrgTree.Tree t = org.tree();
        assertThat(sent).extracting(Sent::type).containsExactly("UnionCreated", "UnionCreated", "UnionCreated");
        assertThat(sent.get(0).data().get("parentId").isNull()).isTrue();
        assertThat(sent.get(0).data().get("kind").asText()).isEqualTo("DISTRICT_FEDERATION");
        assertThat(sent.get(1).data().get("parentId").asLong()).isEqualTo(t.district());
        assertThat(sent.get(2).data().get("path").asText())
                .isEqualTo("/" + t.district() + "/" + t.street() + "/" + t.enterpriseUnion() + "/")
                .isEqualTo(org.pathOf(t.enterpriseUnion()));
        assertThat(sent.get(2).envelope().get("subject").asText()).isEqualTo("unions/" + t.enterpriseUnion());
    }

    @Test
    void aMoveCarriesBothPathsAndTakesTheSubtreeAlong() {
        OrgTree.Tree t = org.tree();
        long otherStreet = org.union(t.district(), "STREET_TOWN_FEDERATION", "另一街道");
        long child = org.union(t.enterpriseUnion(), "PROJECT_UNION", "项目工会");
        String oldPath = org.pathOf(t.enterpriseUnion());
        org.move(t.enterpriseUnion(), otherStreet);

        JsonNode moved = sent.get(sent.size() - 1).data();
        String newPath = "/" + t.district() + "/" + otherStreet + "/" + t.enterpriseUnion() + "/";
        assertThat(moved.get("oldParentId").asLong()).isEqualTo(t.street());
        assertThat(moved.get("newParentId").asLong()).isEqualTo(otherStreet);
        assertThat(moved.get("oldPath").asText()).isEqualTo(oldPath);
        assertThat(moved.get("newPath").asText()).isEqualTo(newPath);
        assertThat(org.pathOf(child)).isEqualTo(newPath + child + "/");
        assertThat(org.pathOf(t.street())).isEqualTo("/" + t.district() + "/" + t.street() + "/");

        org.dissolve(child);
        assertThat(sent.get(sent.size() - 1).data().get("path").asText()).isEqualTo(newPath + child + "/");
    }

    @Test
    void aMoveUnderItsOwnSubtreeAndUnionsItDidNotMakeAreRefusedWithoutPublishing() {
        OrgTree.Tree t = org.tree();
        int before = sent.size();
        assertThatThrownBy(() -> org.move(t.street(), t.enterpriseUnion())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> org.union(42L, "ENTERPRISE_UNION", "孤儿")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("42");
        assertThatThrownBy(() -> org.rename(42L, "x")).isInstanceOf(IllegalArgumentException.class);
        assertThat(sent).hasSize(before);
    }

    @Test
    void coverageFollowsTheKindOfTheEnterprisesUnion() {
        OrgTree.Tree t = org.tree();
        org.enterprise(t.enterpriseUnion());
        org.enterprise(t.street());
        org.enterprise(987_654_321L);
        assertThat(sent.subList(3, 6)).extracting(s -> s.data().get("covered").asBoolean()).containsExactly(true, false, false);
        assertThat(sent.get(5).data().get("unionId").asLong()).as("unknown unions are passed on as given").isEqualTo(987_654_321L);
    }

    @Test
    void aMemberHasNoPersonalDataButAPlausibleGenderAndBirthYear() {
        OrgTree.Tree t = org.tree();
        long member = org.member(t.enterpriseUnion());
        JsonNode data = sent.get(sent.size() - 1).data();
        assertThat(data.get("memberId").asLong()).isEqualTo(member);
        assertThat(data.get("enterpriseId").isNull()).isTrue();
        assertThat(data.get("gender").asText()).isIn("MALE", "FEMALE");
        assertThat(data.get("birthYear").asInt()).isBetween(1960, 1987);
        assertThat(data.fieldNames()).toIterable().containsExactlyInAnyOrder("memberId", "unionId", "enterpriseId", "joinedOn",
                "gender", "birthYear");
    }

    @Test
    void idsNeverRepeatAndStayFarFromMembershipsOwn() {
        OrgTree other = OrgTree.into((topic, key, envelope) -> { });
        Set<Long> ids = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            ids.add(org.member(org.tree().district()));
            ids.add(other.enterprise(1));
            ids.add(OrgTree.nextId());
        }
        assertThat(ids).hasSize(600).allSatisfy(id -> assertThat(id).isGreaterThan(1_000_000_000L));
    }

    @Test
    void anyOtherEventGoesOutInAFreshEnvelope() {
        String id = org.publish("MemberLeft", "members/5", OrgTree.data().put("memberId", 5).put("unionId", 3).put("leftOn", "2026-11-20"));
        Sent s = sent.get(0);
        assertThat(s.key()).isEqualTo("members/5");
        assertThat(s.envelope().get("id").asText()).isEqualTo(id);
        assertThat(s.envelope().get("source").asText()).isEqualTo("/gonghui/membership");
        assertThat(s.envelope().get("specversion").asText()).isEqualTo("1.0");
        assertThat(s.envelope().get("datacontenttype").asText()).isEqualTo("application/json");
        assertThat(s.data().get("leftOn").asText()).isEqualTo("2026-11-20");
    }
}
