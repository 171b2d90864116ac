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

/** Cadre training sessions: recorded within a subtree with its cadres; bad input names the field; others are refused. */
@QuarkusTest
class TrainingTest {

    @Test
    void aTrainingIsRecordedWithItsCadresAndOthersAndListed() {
        Tree t = tree();
        long cadre = cadre(t.enterpriseUnion());
        long id = asOfficer(t.street()).body(Map.of("unionId", t.street(), "title", "集体协商专题培训", "mode", "IN_HOUSE",
                        "heldOn", "2024-05-01", "cadreIds", List.of(cadre, cadre), "otherAttendees", 30))
                .post("/api/v1/trainings").then().statusCode(201).body("cadreIds", equalTo(List.of((int) cadre)))
                .body("personTimes", equalTo(31)).extract().jsonPath().getLong("id");
        asOfficer(t.district()).queryParam("mode", "IN_HOUSE").get("/api/v1/trainings").then().statusCode(200)
                .body("items.id", equalTo(List.of((int) id)));
    }

    @Test
    void badInputIsAProblemNamingTheField() {
        Tree t = tree();
        Tree other = tree();
        long foreign = cadre(other.enterpriseUnion());
        invalid(t, Map.of("unionId", t.street(), "title", "x", "mode", "PARTY", "otherAttendees", 1), "mode");
        invalid(t, Map.of("unionId", t.street(), "title", "x", "mode", "LECTURE"), "cadreIds");
        invalid(t, Map.of("unionId", t.street(), "title", "x", "mode", "LECTURE", "cadreIds", List.of(foreign)), "cadreIds");
        invalid(t, Map.of("unionId", t.street(), "title", "x", "mode", "LECTURE", "otherAttendees", -1), "otherAttendees");
        invalid(t, Map.of("unionId", t.street(), "title", "x", "mode", "LECTURE", "otherAttendees", 1, "heldOn", "2099-01-01"), "heldOn");
        invalid(t, Map.of("unionId", other.street(), "title", "x", "mode", "LECTURE", "otherAttendees", 1), "unionId");
    }

    @Test
    void anOfficerOfAnotherSubtreeAMemberAndAPartnerAreRefused() {
        Tree t = tree();
        Tree other = tree();
        long member = enrol(t.enterpriseUnion());
        Map<String, Object> body = Map.of("unionId", t.street(), "title", "培训", "mode", "STUDY_TRIP", "otherAttendees", 5);
        long id = asAdmin().body(body).post("/api/v1/trainings").then().statusCode(201).extract().jsonPath().getLong("id");
        asMember(member).body(body).post("/api/v1/trainings").then().statusCode(403);
        asPartner(Roles.INSURER, "pingan").body(body).post("/api/v1/trainings").then().statusCode(403);
        asOfficer(other.district()).get("/api/v1/trainings/" + id).then().statusCode(404);
        asOfficer(other.district()).get("/api/v1/trainings").then().statusCode(200).body("items", equalTo(List.of()));
        asMember(member).get("/api/v1/trainings/" + id).then().statusCode(403);
        asPartner(Roles.MERCHANT, "shop-1").get("/api/v1/trainings").then().statusCode(403);
    }

    private static long cadre(long unionId) {
        return asAdmin().body(Map.of("unionId", unionId, "name", "干部", "role", "CHAIR", "fullTime", false))
                .post("/api/v1/cadres").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static void invalid(Tree t, Map<String, Object> body, String field) {
        asOfficer(t.street()).body(body).post("/api/v1/trainings").then().statusCode(400).body("errors[0].field", equalTo(field));
    }
}
