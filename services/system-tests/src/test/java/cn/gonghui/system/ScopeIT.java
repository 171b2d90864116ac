package cn.gonghui.system;

import static cn.gonghui.system.Sys.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Journey 7: one district, two street federations. In every service an officer of one street sees only
 * their subtree (a list and a stats call each), and a member only themselves.
 */
@ExtendWith(SystemStack.class)
class ScopeIT {

    @Test
    void anOfficerOfOneStreetSeesOnlyTheirSubtreeAndAMemberOnlyThemselvesInEveryService() {
        Tree t = tree();
        long street2 = union(t.district(), "STREET_TOWN_FEDERATION");
        long union2 = union(street2, "ENTERPRISE_UNION");
        long enterprise2 = enterprise(union2, 80);
        Person p1 = enrol(t.grassroots());
        Person p2 = enrol(union2);
        long card1 = awaitBody("card 1", () -> member(BENEFITS, p1.memberId()).get("/cards/mine"), c -> c.getString("status") != null).getLong("id");
        long card2 = awaitBody("card 2", () -> member(BENEFITS, p2.memberId()).get("/cards/mine"), c -> c.getString("status") != null).getLong("id");
        long file1 = hardshipFile(t.grassroots(), p1.idNumber());
        long file2 = hardshipFile(union2, p2.idNumber());
        long centre1 = centre(t.street());
        long centre2 = centre(street2);
        long contract1 = contract(t.grassroots(), t.enterprise());
        long contract2 = contract(union2, enterprise2);
        long s1 = t.street();
        String own = "unionId=" + s1 + "&" + period();
        String other = "unionId=" + street2 + "&" + period();

        // membership
        assertOnly(officer(MEMBERSHIP, s1).get("/members?limit=200"), p1.memberId(), p2.memberId());
        officer(MEMBERSHIP, s1).get("/unions/" + s1 + "/stats?" + period()).then().statusCode(200);
        assertDenied(officer(MEMBERSHIP, s1).get("/unions/" + street2 + "/stats?" + period()));
        // benefits
        awaitStatus("benefits knows union " + s1, 200, () -> officer(BENEFITS, s1).get("/stats/benefits?" + own));
        assertOnly(officer(BENEFITS, s1).get("/cards?limit=200"), card1, card2);
        assertThat(officer(BENEFITS, s1).get("/stats/benefits?" + own).then().statusCode(200).extract().jsonPath().getInt("cards.active")).isEqualTo(1);
        assertDenied(officer(BENEFITS, s1).get("/stats/benefits?" + other));
        // assistance
        assertOnly(officer(ASSISTANCE, s1).get("/hardship-files?limit=200"), file1, file2);
        assertThat(officer(ASSISTANCE, s1).get("/stats/assistance?" + own).then().statusCode(200).extract().jsonPath()
                .getInt("hardship.households")).isEqualTo(1);
        assertDenied(officer(ASSISTANCE, s1).get("/stats/assistance?" + other));
        // mediation
        assertOnly(officer(MEDIATION, s1).get("/centres?limit=200"), centre1, centre2);
        officer(MEDIATION, s1).get("/stats/mediation?" + own).then().statusCode(200);
        assertDenied(officer(MEDIATION, s1).get("/stats/mediation?" + other));
        // bargaining
        assertOnly(officer(BARGAINING, s1).get("/contracts?limit=200"), contract1, contract2);
        assertThat(officer(BARGAINING, s1).get("/stats/bargaining?" + own).then().statusCode(200).extract().jsonPath()
                .getInt("flows.offersSent")).isEqualTo(1);
        assertDenied(officer(BARGAINING, s1).get("/stats/bargaining?" + other));

        // a member: only themselves
        member(MEMBERSHIP, p1.memberId()).get("/members/" + p1.memberId()).then().statusCode(200);
        assertDenied(member(MEMBERSHIP, p1.memberId()).get("/members/" + p2.memberId()));
        member(BENEFITS, p1.memberId()).get("/cards/" + card1).then().statusCode(200);
        assertDenied(member(BENEFITS, p1.memberId()).get("/cards/" + card2));
        assertDenied(member(ASSISTANCE, p1.memberId()).get("/hardship-files?limit=200"));
        assertDenied(member(MEDIATION, p1.memberId()).get("/stats/mediation?" + own));
        assertDenied(member(BARGAINING, p1.memberId()).get("/contracts?limit=200"));
    }

    private static long centre(long unionId) {
        return awaitStatus("mediation knows union " + unionId, 201,
                () -> idempotent(admin(MEDIATION)).body(Map.of("unionId", unionId, "name", "调解中心" + unique(), "kind", "TOWN_CENTRE"))
                        .post("/centres")).jsonPath().getLong("id");
    }

    private static long contract(long unionId, long enterpriseId) {
        return awaitStatus("bargaining knows enterprise " + enterpriseId, 201,
                () -> idempotent(admin(BARGAINING)).body(Map.of("unionId", unionId, "kind", "WAGE", "scope", "SINGLE", "title", "工资专项集体合同" + unique(),
                        "initiator", "UNION", "enterprises", List.of(Map.of("enterpriseId", enterpriseId, "workers", 50)))).post("/contracts"))
                .jsonPath().getLong("id");
    }

    private static void assertOnly(io.restassured.response.Response list, long visible, long hidden) {
        JsonPath page = list.then().statusCode(200).extract().jsonPath();
        assertThat(hasId(page, "items.id", visible)).as("%d in %s", visible, page.prettify()).isTrue();
        assertThat(hasId(page, "items.id", hidden)).as("%d in %s", hidden, page.prettify()).isFalse();
    }

    /** Refused as outside the caller's scope: 403, or 404 where the resource's existence is not told. */
    private static void assertDenied(io.restassured.response.Response response) {
        assertThat(response.statusCode()).as(response.asString()).isIn(403, 404);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }
}
