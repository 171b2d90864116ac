package cn.gonghui.membership.area;

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

/** The area registry: registered and covered within a subtree; bad input names the field; others are refused. */
@QuarkusTest
class AreaTest {

    @Test
    void anAreaIsRegisteredAndCoveredByAUnionInItsTerritory() {
        Tree t = tree();
        Tree other = tree();
        long id = asOfficer(t.street()).body(Map.of("kind", "KEY_BUILDING", "name", "  金融大厦 ", "unionId", t.street()))
                .post("/api/v1/areas").then().statusCode(201).header("ETag", "\"0\"").body("name", equalTo("金融大厦"))
                .body("coveredByUnionId", equalTo(null)).extract().jsonPath().getLong("id");
        asOfficer(t.street()).header("If-Match", "\"0\"").body(Map.of("coveredByUnionId", other.enterpriseUnion()))
                .post("/api/v1/areas/" + id + "/coverage").then().statusCode(400).body("errors[0].field", equalTo("coveredByUnionId"));
        asOfficer(t.street()).body(Map.of("coveredByUnionId", t.enterpriseUnion()))
                .post("/api/v1/areas/" + id + "/coverage").then().statusCode(428);
        asOfficer(t.street()).header("If-Match", "\"0\"").body(Map.of("coveredByUnionId", t.enterpriseUnion(), "coveredOn", "2024-01-02"))
                .post("/api/v1/areas/" + id + "/coverage").then().statusCode(200).body("coveredOn", equalTo("2024-01-02"));
        asOfficer(t.street()).header("If-Match", "\"1\"").body(Map.of("coveredByUnionId", t.enterpriseUnion()))
                .post("/api/v1/areas/" + id + "/coverage").then().statusCode(409);
        asOfficer(t.district()).queryParam("kind", "KEY_BUILDING").get("/api/v1/areas").then().statusCode(200)
                .body("items.id", equalTo(List.of((int) id)));
        asOfficer(t.district()).queryParam("kind", "PARK").get("/api/v1/areas").then().statusCode(200).body("items", equalTo(List.of()));
    }

    @Test
    void badInputIsAProblemNamingTheField() {
        Tree t = tree();
        invalid(t, Map.of("kind", "CASTLE", "name", "x", "unionId", t.street()), "kind");
        invalid(t, Map.of("kind", "PARK", "name", " ", "unionId", t.street()), "name");
        invalid(t, Map.of("kind", "PARK", "name", "x"), "unionId");
        invalid(t, Map.of("kind", "PARK", "name", "x", "unionId", t.enterpriseUnion(), "coveredByUnionId", t.street()), "coveredByUnionId");
        invalid(t, Map.of("kind", "PARK", "name", "x", "unionId", t.street(), "coveredOn", "2020-01-01"), "coveredOn");
        invalid(t, Map.of("kind", "PARK", "name", "x", "unionId", t.street(), "coveredByUnionId", t.enterpriseUnion(),
                "coveredOn", "2099-01-01"), "coveredOn");
    }

    @Test
    void anOfficerOfAnotherSubtreeAMemberAndAPartnerAreRefused() {
        Tree t = tree();
        Tree other = tree();
        long id = asAdmin().body(Map.of("kind", "PARK", "name", "园区", "unionId", t.street())).post("/api/v1/areas")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long member = enrol(t.enterpriseUnion());
        Map<String, Object> create = Map.of("kind", "PARK", "name", "园区", "unionId", t.street());
        asOfficer(other.district()).body(create).post("/api/v1/areas").then().statusCode(400).body("errors[0].field", equalTo("unionId"));
        asMember(member).body(create).post("/api/v1/areas").then().statusCode(403);
        asPartner(Roles.MERCHANT, "shop-1").body(create).post("/api/v1/areas").then().statusCode(403);
        asOfficer(other.district()).get("/api/v1/areas/" + id).then().statusCode(404);
        asMember(member).get("/api/v1/areas/" + id).then().statusCode(403);
        asPartner(Roles.INSURER, "pingan").get("/api/v1/areas").then().statusCode(403);
        asOfficer(other.district()).header("If-Match", "\"0\"").body(Map.of("coveredByUnionId", t.enterpriseUnion()))
                .post("/api/v1/areas/" + id + "/coverage").then().statusCode(404);
        asMember(member).header("If-Match", "\"0\"").body(Map.of("coveredByUnionId", t.enterpriseUnion()))
                .post("/api/v1/areas/" + id + "/coverage").then().statusCode(403);
        asOfficer(other.district()).get("/api/v1/areas").then().statusCode(200).body("items", equalTo(List.of()));
        asAdmin().get("/api/v1/areas/" + id).then().statusCode(200).body("coveredByUnionId", equalTo(null));
    }

    private static void invalid(Tree t, Map<String, Object> body, String field) {
        asOfficer(t.street()).body(body).post("/api/v1/areas").then().statusCode(400).body("errors[0].field", equalTo(field));
    }
}
