package cn.gonghui.benefits.card;

import static cn.gonghui.benefits.Fixtures.awaitReplica;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasToString;

import cn.gonghui.benefits.Fixtures;
import cn.gonghui.testkit.Api;
import cn.gonghui.testkit.KafkaProbe;
import cn.gonghui.testkit.OrgTree;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Cards from membership's events through the real broker: issued, suspended, moved, marked, replaced; one active card per member. */
@QuarkusTest
class CardTest {

    OrgTree.Tree tree;

    @BeforeEach
    void setUp() {
        tree = Fixtures.tree();
    }

    @Test
    void aMemberWhoJoinsGetsOneCardEvenWhenTheEventArrivesTwice() {
        long member = OrgTree.nextId();
        String envelope = envelope("MemberJoined", member, "{\"memberId\":" + member + ",\"unionId\":" + tree.enterpriseUnion()
                + ",\"enterpriseId\":null,\"joinedOn\":\"" + Fixtures.today() + "\",\"gender\":\"FEMALE\",\"birthYear\":1992}");
        KafkaProbe.send(Fixtures.bootstrap(), OrgTree.TOPIC, "members/" + member, envelope);
        KafkaProbe.send(Fixtures.bootstrap(), OrgTree.TOPIC, "members/" + member, envelope);
        awaitReplica(() -> Card.count("memberId", member) == 1);
        String number = Api.asMember(member).get("/api/v1/cards/mine").then().statusCode(200)
                .body("status", equalTo("ACTIVE"), "unionId", hasToString(String.valueOf(tree.enterpriseUnion())))
                .extract().jsonPath().getString("number");
        assertThat(Card.validNumber(number)).as("Luhn check digit of " + number).isTrue();
        // a second, later event of the same member still leaves one card
        Fixtures.org().publish("MemberRetired", "members/" + member, OrgTree.data().put("memberId", member)
                .put("unionId", tree.enterpriseUnion()).put("retiredOn", Fixtures.today().toString()));
        awaitReplica(() -> QuarkusTransaction.requiringNew().call(() -> ((Card) Card.find("memberId", member).firstResult()).retired));
        assertThat(QuarkusTransaction.requiringNew().call(() -> Card.count("memberId", member))).isEqualTo(1);
        Api.asMember(member).get("/api/v1/cards/mine").then().body("retired", equalTo(true), "status", equalTo("ACTIVE"), "number", equalTo(number));
    }

    @Test
    void leavingSuspendsTheCardEvenWhenTheLeavingArrivesBeforeTheJoining() {
        long member = OrgTree.nextId();
        String today = Fixtures.today().toString();
        Fixtures.org().publish("MemberLeft", "members/" + member, OrgTree.data().put("memberId", member)
                .put("unionId", tree.enterpriseUnion()).put("leftOn", today));
        Fixtures.org().publish("MemberJoined", "members/" + member, OrgTree.data().put("memberId", member)
                .put("unionId", tree.enterpriseUnion()).putNull("enterpriseId").put("joinedOn", Fixtures.today().minusDays(30).toString())
                .put("gender", "MALE").put("birthYear", 1980));
        awaitReplica(() -> {
            Card c = Card.find("memberId", member).firstResult();
            return c != null && c.joinedOn != null && c.leftOn != null;
        });
        Api.asMember(member).get("/api/v1/cards/mine").then().statusCode(200).body("status", equalTo("SUSPENDED"));
        Api.asMember(member).post("/api/v1/cards/mine/qr").then().statusCode(409);
    }

    @Test
    void aCardFollowsItsMemberToAnotherUnion() {
        long otherStreet = Fixtures.union(tree.district(), "STREET_TOWN_FEDERATION");
        long member = Fixtures.member(tree.enterpriseUnion());
        Fixtures.org().publish("MemberTransferred", "members/" + member, OrgTree.data().put("memberId", member).put("transferId", 1)
                .put("fromUnionId", tree.enterpriseUnion()).put("toUnionId", otherStreet).putNull("enterpriseId").put("parked", true));
        awaitReplica(() -> ((Card) Card.find("memberId", member).firstResult()).unionId == otherStreet);
        Api.asOfficer(tree.street()).get("/api/v1/cards?limit=200").then().statusCode(200)
                .body("items.findAll { it.memberId == " + member + "L }.size()", equalTo(0));
        Api.asOfficer(otherStreet).get("/api/v1/cards?limit=200").then().statusCode(200)
                .body("items.findAll { it.memberId == " + member + "L }.size()", equalTo(1));
    }

    @Test
    void aLostCardIsReplacedAndStopsWorking() {
        long member = Fixtures.member(tree.enterpriseUnion());
        long lost = Api.asMember(member).get("/api/v1/cards/mine").then().extract().jsonPath().getLong("id");
        String oldToken = Fixtures.qr(member);
        long fresh = Api.asMember(member).post("/api/v1/cards/" + lost + "/replacement").then().statusCode(201)
                .body("status", equalTo("ACTIVE")).extract().jsonPath().getLong("id");
        assertThat(fresh).isNotEqualTo(lost);
        Api.asMember(member).get("/api/v1/cards/" + lost).then().body("status", equalTo("REPLACED"), "replacedBy", equalTo((int) fresh));
        Api.asMember(member).get("/api/v1/cards/mine").then().body("id", equalTo((int) fresh));
        Api.asMember(member).post("/api/v1/cards/" + lost + "/replacement").then().statusCode(409);
        // a QR of the lost card is refused at the till
        long[] shop = Fixtures.merchantWithOffer(tree.district(), "shop-" + member % 100000, 5);
        Fixtures.merchant("shop-" + member % 100000).body(java.util.Map.of("token", oldToken, "offerId", shop[1]))
                .post("/api/v1/redemptions").then().statusCode(409);
    }

    @Test
    void aMemberSeesOnlyTheirOwnCardAndAnOfficerOnlyTheirSubtree() {
        long otherStreet = Fixtures.union(tree.district(), "STREET_TOWN_FEDERATION");
        long a = Fixtures.member(tree.enterpriseUnion());
        long b = Fixtures.member(tree.enterpriseUnion());
        long cardOfA = Api.asMember(a).get("/api/v1/cards/mine").then().extract().jsonPath().getLong("id");
        Api.asMember(b).get("/api/v1/cards/" + cardOfA).then().statusCode(404);
        Api.asMember(b).post("/api/v1/cards/" + cardOfA + "/replacement").then().statusCode(404);
        Api.asOfficer(otherStreet).get("/api/v1/cards/" + cardOfA).then().statusCode(404);
        Api.asOfficer(tree.street()).get("/api/v1/cards/" + cardOfA).then().statusCode(200);
        Api.asMember(a).get("/api/v1/cards").then().statusCode(403);
        Api.asMember(OrgTree.nextId()).get("/api/v1/cards/mine").then().statusCode(404);
    }

    private static String envelope(String type, long member, String data) {
        return "{\"specversion\":\"1.0\",\"id\":\"" + UUID.randomUUID() + "\",\"source\":\"/gonghui/membership\",\"type\":\"" + type
                + "\",\"time\":\"2026-11-23T10:00:00+08:00\",\"subject\":\"members/" + member + "\",\"datacontenttype\":\"application/json\","
                + "\"data\":" + data + "}";
    }
}
