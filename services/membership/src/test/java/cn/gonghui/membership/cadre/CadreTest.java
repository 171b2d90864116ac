package cn.gonghui.membership.cadre;

import static cn.gonghui.membership.Fixtures.enrol;
import static cn.gonghui.membership.Fixtures.tree;
import static cn.gonghui.testkit.Api.asAdmin;
import static cn.gonghui.testkit.Api.asMember;
import static cn.gonghui.testkit.Api.asOfficer;
import static cn.gonghui.testkit.Api.asPartner;
import static org.hamcrest.Matchers.equalTo;

import cn.gonghui.membership.Fixtures.Tree;
import cn.gonghui.scope.Roles;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Cadres and staff: recorded and ended within a subtree; bad input names the field; others are refused. */
@QuarkusTest
class CadreTest {

    @Test
    void aRoleIsRecordedListedAndEndedOnce() {
        Tree t = tree();
        long member = enrol(t.enterpriseUnion());
        long id = asOfficer(t.street()).body(Map.of("unionId", t.enterpriseUnion(), "name", "王主席", "memberId", member,
                        "role", "CHAIR", "fullTime", false, "fromOn", "2023-05-01"))
                .post("/api/v1/cadres").then().statusCode(201).body("role", equalTo("CHAIR")).body("fullTime", equalTo(false))
                .extract().jsonPath().getLong("id");
        asOfficer(t.district()).queryParam("role", "CHAIR").get("/api/v1/cadres").then().statusCode(200)
                .body("items.id", equalTo(List.of((int) id)));
        asOfficer(t.street()).header("If-Match", "\"0\"").body(Map.of("on", "2023-04-30")).post("/api/v1/cadres/" + id + "/end")
                .then().statusCode(400).body("errors[0].field", equalTo("on"));
        asOfficer(t.street()).header("If-Match", "\"0\"").body(Map.of("on", "2024-04-30")).post("/api/v1/cadres/" + id + "/end")
                .then().statusCode(200).body("toOn", equalTo("2024-04-30"));
        asOfficer(t.street()).header("If-Match", "\"1\"").body(Map.of()).post("/api/v1/cadres/" + id + "/end").then().statusCode(409);
    }

    @Test
    void badInputIsAProblemNamingTheField() {
        Tree t = tree();
        Tree other = tree();
        invalid(t, Map.of("unionId", t.street(), "name", "x", "role", "KING", "fullTime", true), "role");
        invalid(t, Map.of("unionId", t.street(), "name", "x", "role", "WORKER"), "fullTime");
        invalid(t, Map.of("unionId", t.street(), "name", " ", "role", "WORKER", "fullTime", true), "name");
        invalid(t, Map.of("unionId", t.street(), "name", "x", "role", "WORKER", "fullTime", true, "fromOn", "2099-01-01"), "fromOn");
        invalid(t, Map.of("unionId", other.street(), "name", "x", "role", "WORKER", "fullTime", true), "unionId");
        invalid(t, Map.of("unionId", t.street(), "name", "x", "role", "WORKER", "fullTime", true,
                "memberId", enrol(other.enterpriseUnion())), "memberId");
    }

    @Test
    void anOfficerOfAnotherSubtreeAMemberAndAPartnerAreRefused() {
        Tree t = tree();
        Tree other = tree();
        long member = enrol(t.enterpriseUnion());
        Map<String, Object> body = Map.of("unionId", t.street(), "name", "干部", "role", "OFFICER", "fullTime", true);
        long id = asAdmin().body(body).post("/api/v1/cadres").then().statusCode(201).extract().jsonPath().getLong("id");
        asMember(member).body(body).post("/api/v1/cadres").then().statusCode(403);
        asPartner(Roles.FUND_MANAGER, "fund-1").body(body).post("/api/v1/cadres").then().statusCode(403);
        asOfficer(other.district()).get("/api/v1/cadres/" + id).then().statusCode(404);
        asOfficer(other.district()).get("/api/v1/cadres").then().statusCode(200).body("items", equalTo(List.of()));
        asMember(member).get("/api/v1/cadres").then().statusCode(403);
        asPartner(Roles.INSURER, "pingan").get("/api/v1/cadres/" + id).then().statusCode(403);
        asOfficer(other.district()).header("If-Match", "\"0\"").body(Map.of()).post("/api/v1/cadres/" + id + "/end").then().statusCode(404);
        asMember(member).header("If-Match", "\"0\"").body(Map.of()).post("/api/v1/cadres/" + id + "/end").then().statusCode(403);
        asAdmin().get("/api/v1/cadres/" + id).then().statusCode(200).body("toOn", equalTo(null));
    }

    private static void invalid(Tree t, Map<String, Object> body, String field) {
        asOfficer(t.street()).body(body).post("/api/v1/cadres").then().statusCode(400).body("errors[0].field", equalTo(field));
    }
}
