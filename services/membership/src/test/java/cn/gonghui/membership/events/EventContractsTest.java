package cn.gonghui.membership.events;

import static cn.gonghui.membership.Fixtures.createUnion;
import static cn.gonghui.membership.Fixtures.enrol;
import static cn.gonghui.membership.Fixtures.registerEnterprise;
import static cn.gonghui.membership.Fixtures.tree;
import static cn.gonghui.testkit.Api.asAdmin;

import cn.gonghui.testkit.EventContracts;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Every event membership publishes matches its contract in docs/events (JSON Schema). A payload change
 * that removes or renames a field fails here; adding one means adding it to the schema too.
 */
@QuarkusTest
class EventContractsTest {

    static final Set<String> TYPES = Set.of("UnionCreated", "UnionRenamed", "UnionMoved", "UnionDissolved",
            "EnterpriseRegistered", "EnterpriseUpdated", "MemberJoined", "MemberTransferred", "MemberLeft", "MemberRetired",
            "HonourConferred", "HonourRevoked", "ServicePointOpened", "ServicePointClosed");
    static final EventContracts CONTRACTS = EventContracts.of("membership", TYPES);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void everyPublishedEventMatchesItsDocumentedSchema() throws Exception {
        var t = tree();
        long otherStreet = createUnion(t.district(), "STREET_TOWN_FEDERATION", "合同街道");
        long leaving = enrol(t.enterpriseUnion());
        long retiring = enrol(t.enterpriseUnion());
        long moving = enrol(t.enterpriseUnion());
        long enterprise = registerEnterprise(t.enterpriseUnion());
        String etag = asAdmin().get("/api/v1/enterprises/" + enterprise).then().extract().header("ETag");
        asAdmin().header("If-Match", etag).body(Map.of("headcount", 150)).patch("/api/v1/enterprises/" + enterprise)
                .then().statusCode(200);
        long point = asAdmin().body(Map.of("kind", "WARM_STATION", "name", "暖心驿站", "unionId", t.street(), "address", "北京市",
                        "latitude", 39.8, "longitude", 116.3, "openedOn", "2020-05-01"))
                .post("/api/v1/service-points").then().statusCode(201).extract().jsonPath().getLong("id");
        asAdmin().body(Map.of("on", "2020-11-30")).post("/api/v1/service-points/" + point + "/close").then().statusCode(200);
        asAdmin().body(Map.of()).post("/api/v1/members/" + leaving + "/leave").then().statusCode(200);
        asAdmin().body(Map.of()).post("/api/v1/members/" + retiring + "/retire").then().statusCode(200);
        long transfer = asAdmin().body(Map.of("memberId", moving, "toUnionId", otherStreet)).post("/api/v1/transfers")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        asAdmin().body(Map.of()).post("/api/v1/transfers/" + transfer + "/accept").then().statusCode(200);
        String unionEtag = asAdmin().get("/api/v1/unions/" + t.enterpriseUnion()).then().extract().header("ETag");
        asAdmin().header("If-Match", unionEtag).body(Map.of("name", "合同工会")).patch("/api/v1/unions/" + t.enterpriseUnion())
                .then().statusCode(200);
        long dissolving = createUnion(otherStreet, "ENTERPRISE_UNION", "将撤销工会");
        asAdmin().body(Map.of("newParentId", t.street())).post("/api/v1/unions/" + dissolving + "/move").then().statusCode(200);
        asAdmin().body(Map.of()).post("/api/v1/unions/" + dissolving + "/dissolve").then().statusCode(200);
        long honour = asAdmin().body(Map.of("kind", "MODEL_WORKER", "level", "PROVINCIAL", "year", 2020, "recipientType", "MEMBER",
                        "memberId", moving, "unionId", t.street(), "title", "北京市劳动模范", "rewardFen", 1_000_000))
                .post("/api/v1/honours").then().statusCode(201).extract().jsonPath().getLong("id");
        asAdmin().header("If-Match", "\"0\"").body(Map.of("reason", "撤销")).post("/api/v1/honours/" + honour + "/revoke")
                .then().statusCode(200);

        // this test's events lie on several partitions (union-tree events on one, each member's on its own),
        // so read until this test's own event of every type has arrived, not only the last one it made;
        // union events are keyed "union-tree", not by their subject
        CONTRACTS.assertPublished(bootstrap, List.of("unions/" + dissolving, "unions/" + t.enterpriseUnion(), "enterprises/" + enterprise,
                "members/" + leaving, "members/" + retiring, "members/" + moving, "honours/" + honour, "service-points/" + point));
    }

    /** The documented examples are themselves valid, so a consumer's tests can replay them. */
    @Test
    void theDocumentedExamplesMatchTheirSchemas() throws Exception {
        CONTRACTS.assertExamplesMatch();
    }
}
