package cn.gonghui.membership.stats;

import static cn.gonghui.testkit.Api.asAdmin;
import static cn.gonghui.testkit.Api.asOfficer;
import static cn.gonghui.membership.Fixtures.enrol;
import static cn.gonghui.membership.Fixtures.tree;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** GET /api/v1/stats/membership answers like every service's figures endpoint, scoped like every read. */
@QuarkusTest
class FiguresConventionTest {

    @Test
    void theConventionPathCountsTheSubtreeLikeTheOldOne() {
        var t = tree();
        enrol(t.enterpriseUnion());
        enrol(t.enterpriseUnion());
        int viaOldPath = asAdmin().get("/api/v1/unions/" + t.street() + "/stats").then().statusCode(200)
                .extract().jsonPath().getInt("totalMembers");
        asAdmin().queryParam("unionId", t.street()).get("/api/v1/stats/membership").then().statusCode(200)
                .body("totalMembers", equalTo(viaOldPath)).body("totalMembers", equalTo(2));
        asOfficer(t.street()).get("/api/v1/stats/membership").then().statusCode(200).body("totalMembers", equalTo(2));
    }

    @Test
    void anOfficerCannotCountAnotherSubtreeAndAnAdminMustNameOne() {
        var a = tree();
        var b = tree();
        asOfficer(a.street()).queryParam("unionId", b.street()).get("/api/v1/stats/membership").then().statusCode(403);
        asAdmin().get("/api/v1/stats/membership").then().statusCode(400).body("errors[0].field", equalTo("unionId"));
        asAdmin().queryParam("unionId", "x").get("/api/v1/stats/membership").then().statusCode(400)
                .body("errors[0].field", equalTo("unionId"));
    }
}
