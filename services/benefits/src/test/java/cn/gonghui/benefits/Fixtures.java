package cn.gonghui.benefits;

import cn.gonghui.benefits.card.Card;
import cn.gonghui.benefits.card.CardStatus;
import cn.gonghui.orgreplica.ReplicaMember;
import cn.gonghui.orgreplica.testkit.ReplicaOrg;
import cn.gonghui.testkit.Api;
import cn.gonghui.testkit.OrgTree;
import cn.gonghui.testkit.TestIdentifiers;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Test data made the way the service meets it: the organisation and its members from membership's events
 * on the real broker (waiting until the replica and the cards have them), everything else through the API.
 * The organisation's common part (tree, unions, enterprises, members) is {@link ReplicaOrg}'s.
 */
public final class Fixtures extends ReplicaOrg {

    private Fixtures() {
    }

    /** A member who joined today, with a card; gender and birth year as given. */
    public static long member(long unionId, String gender, int birthYear) {
        long id = OrgTree.nextId();
        org().publish("MemberJoined", "members/" + id, OrgTree.data().put("memberId", id).put("unionId", unionId).putNull("enterpriseId")
                .put("joinedOn", LocalDate.now(TestClock.CLOCK).toString()).put("gender", gender).put("birthYear", birthYear));
        awaitReplica(() -> ReplicaMember.findById(id) != null && Card.count("memberId = ?1 and status = ?2", id, CardStatus.ACTIVE) == 1);
        return id;
    }

    public static long member(long unionId) {
        return member(unionId, "MALE", 1990);
    }

    public static RequestSpecification merchant(String partnerId) {
        return Api.asPartner("merchant", partnerId);
    }

    public static LocalDate today() {
        return LocalDate.now(TestClock.CLOCK);
    }

    /** A merchant of the union with one offer to the union's subtree; answers {merchantId, offerId}. */
    public static long[] merchantWithOffer(long unionId, String partnerId, int quota) {
        long merchant = Api.asAdmin().body(Map.of("unionId", unionId, "partnerId", partnerId, "name", "影城" + partnerId, "category", "电影"))
                .post("/api/v1/merchants").then().statusCode(201).extract().jsonPath().getLong("id");
        long offer = Api.asAdmin().body(Map.of("unionId", unionId, "title", "会员观影8折", "discount", "PERCENT_OFF", "value", 20,
                        "validFrom", today().minusDays(1).toString(), "validTo", today().plusDays(30).toString(), "quotaPerMember", quota))
                .post("/api/v1/merchants/" + merchant + "/offers").then().statusCode(201).extract().jsonPath().getLong("id");
        return new long[] {merchant, offer};
    }

    public static String qr(long memberId) {
        return Api.asMember(memberId).post("/api/v1/cards/mine/qr").then().statusCode(200).extract().jsonPath().getString("token");
    }

    /** An activity of the union taking sign-ups today; extra entries override the defaults. */
    public static long activity(long unionId, Map<String, Object> overrides) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("unionId", unionId, "title", "职工书画班" + TestIdentifiers.unique(),
                "category", "CULTURE", "audience", "MEMBERS", "membersOnly", true, "signupOpensOn", today().minusDays(1).toString(),
                "signupClosesOn", today().plusDays(5).toString(), "startsOn", today().toString(), "endsOn", today().plusDays(10).toString()));
        body.putAll(overrides);
        return Api.asAdmin().body(body).post("/api/v1/activities").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** {@code count} members of the union, published at once, returned once all have cards. */
    public static List<Long> members(long unionId, int count) {
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            long id = OrgTree.nextId();
            org().publish("MemberJoined", "members/" + id, OrgTree.data().put("memberId", id).put("unionId", unionId)
                    .putNull("enterpriseId").put("joinedOn", today().toString()).put("gender", "MALE").put("birthYear", 1990));
            ids.add(id);
        }
        awaitReplica(() -> ReplicaMember.count("id in ?1", ids) == count && Card.count("memberId in ?1 and status = ?2", ids, CardStatus.ACTIVE) == count);
        return ids;
    }
}
