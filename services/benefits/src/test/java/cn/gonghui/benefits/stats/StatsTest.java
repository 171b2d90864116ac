package cn.gonghui.benefits.stats;

import static cn.gonghui.benefits.Fixtures.activity;
import static cn.gonghui.benefits.Fixtures.merchant;
import static cn.gonghui.benefits.Fixtures.merchantWithOffer;
import static cn.gonghui.benefits.Fixtures.qr;
import static cn.gonghui.benefits.Fixtures.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import cn.gonghui.benefits.Fixtures;
import cn.gonghui.testkit.Api;
import cn.gonghui.testkit.OrgTree;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The seed reports' benefits figures read back from records loaded through the API and the broker: cards
 * (S0-35), merchants (S0-34, S2-38), member-exclusive activities and their 人次 (S2-03, S2-04), activities by
 * category with sessions, 人 and 人次 (S0-06, S0-38, S1-34, S1-35, S1-36, S2-57, S2-58), cost (S2-54), series (S1-24).
 */
@QuarkusTest
class StatsTest {

    @Test
    void theFiguresOfASubtreeComeFromItsRecords() {
        OrgTree.Tree tree = Fixtures.tree();
        List<Long> members = Fixtures.members(tree.enterpriseUnion(), 3);
        long woman = Fixtures.member(tree.enterpriseUnion(), "FEMALE", 1995);
        // one member leaves: 4 cards issued, 3 active
        Fixtures.org().publish("MemberLeft", "members/" + members.get(2), OrgTree.data().put("memberId", members.get(2))
                .put("unionId", tree.enterpriseUnion()).put("leftOn", today().toString()));
        Fixtures.awaitReplica(() -> cn.gonghui.benefits.card.Card.count("memberId = ?1 and status = ?2", members.get(2),
                cn.gonghui.benefits.card.CardStatus.SUSPENDED) == 1);

        long[] cinema = merchantWithOffer(tree.district(), "stats-cinema-" + tree.district() % 100000, 5);
        merchantWithOffer(tree.district(), "stats-barber-" + tree.district() % 100000, 5);
        merchant("stats-cinema-" + tree.district() % 100000).body(Map.of("token", qr(members.get(0)), "offerId", cinema[1]))
                .post("/api/v1/redemptions").then().statusCode(201);
        merchant("stats-cinema-" + tree.district() % 100000).body(Map.of("token", qr(members.get(0)), "offerId", cinema[1]))
                .post("/api/v1/redemptions").then().statusCode(201);

        // a women's lecture (members only, in the 五一 series) with two sessions; a culture show open to all
        long lecture = activity(tree.street(), Map.of("category", "LECTURE", "audience", "WOMEN", "series", "五一系列活动",
                "startsOn", today().minusDays(3).toString(), "costFen", 200000));
        long show = activity(tree.street(), Map.of("category", "CULTURE", "audience", "ALL_WORKERS", "membersOnly", false,
                "startsOn", today().minusDays(3).toString(), "costFen", 500000));
        Api.asMember(woman).post("/api/v1/activities/" + lecture + "/signups").then().statusCode(201);
        long s1 = session(lecture, 2);
        long s2 = session(lecture, 1);
        attend(s1, List.of(woman), 10);
        attend(s2, List.of(woman), 5);
        long s3 = session(show, 1);
        attend(s3, List.of(members.get(0), members.get(1)), 100);

        JsonPath s = Api.asOfficer(tree.street()).get("/api/v1/stats/benefits?unionId=" + tree.district()).then().statusCode(403)
                .extract().jsonPath();
        s = Api.asAdmin().get("/api/v1/stats/benefits?unionId=" + tree.district() + "&from=" + today().withDayOfYear(1) + "&to=" + today())
                .then().statusCode(200).extract().jsonPath();
        assertThat(s.getLong("cards.issued")).isEqualTo(4);
        assertThat(s.getLong("cards.active")).isEqualTo(3);
        assertThat(s.getLong("cards.suspended")).isEqualTo(1);
        assertThat(s.getLong("merchants.merchants")).isEqualTo(2);
        assertThat(s.getLong("merchants.redemptions")).isEqualTo(2);
        assertThat(s.getLong("merchants.membersRedeeming")).isEqualTo(1);

        assertThat(s.getLong("activities.activities")).isEqualTo(2);
        assertThat(s.getLong("activities.membersOnly")).isEqualTo(1);
        assertThat(s.getLong("activities.sessions")).isEqualTo(3);
        assertThat(s.getLong("activities.people")).isEqualTo(3);
        assertThat(s.getLong("activities.personTimes")).isEqualTo(4 + 115);
        assertThat(s.getLong("activities.walkIns")).isEqualTo(115);
        assertThat(s.getLong("activities.costFen")).isEqualTo(700_000);
        Map<String, Object> lectures = s.getMap("byCategory.find { it.name == 'LECTURE' }");
        assertThat(lectures).containsEntry("activities", 1).containsEntry("sessions", 2).containsEntry("people", 1)
                .containsEntry("personTimes", 17).containsEntry("women", 1).containsEntry("signups", 1);
        assertThat(s.getLong("bySeries.find { it.name == '五一系列活动' }.activities")).isEqualTo(1);
        assertThat(s.getMap("membersOnly")).containsEntry("activities", 1).containsEntry("personTimes", 17);
        assertThat(s.getLong("byAudience.find { it.name == 'ALL_WORKERS' }.personTimes")).isEqualTo(102);

        // the street sees its own, not the district's merchants
        JsonPath street = Api.asOfficer(tree.street()).get("/api/v1/stats/benefits").then().statusCode(200).extract().jsonPath();
        assertThat(street.getLong("activities.activities")).isEqualTo(2);
        assertThat(street.getLong("merchants.merchants")).isZero();
        assertThat(street.getLong("cards.active")).isEqualTo(3);

        JsonPath before = Api.asAdmin().get("/api/v1/stats/benefits?unionId=" + tree.district() + "&from=2020-01-01&to=2020-12-31")
                .then().statusCode(200).extract().jsonPath();
        assertThat(before.getLong("cards.active")).isZero();
        assertThat(before.getLong("activities.activities")).isZero();
        Api.asMember(woman).get("/api/v1/stats/benefits?unionId=" + tree.district()).then().statusCode(403);
        Api.asAdmin().get("/api/v1/stats/benefits").then().statusCode(400).body("errors[0].field", equalTo("unionId"));
    }

    private static long session(long activity, int daysAgo) {
        return Api.asAdmin().body(Map.of("heldOn", today().minusDays(daysAgo).toString(), "place", "职工之家"))
                .post("/api/v1/activities/" + activity + "/sessions").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static void attend(long session, List<Long> members, int walkIns) {
        Api.asAdmin().body(Map.of("memberIds", members, "walkIns", walkIns)).post("/api/v1/sessions/" + session + "/attendance")
                .then().statusCode(200);
    }
}
