package cn.gonghui.membership.enterprise;

import static cn.gonghui.membership.Fixtures.registerEnterprise;
import static cn.gonghui.membership.Fixtures.tree;
import static cn.gonghui.testkit.Api.asAdmin;
import static cn.gonghui.testkit.Api.asOfficer;
import static cn.gonghui.testkit.TestIdentifiers.creditCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EnterpriseTest {

    @Test
    void registersWithAValidCreditCodeAndTellsWhetherItIsCovered() {
        var t = tree();
        String code = creditCode();
        asOfficer(t.street()).body(Map.of("creditCode", code.toLowerCase(), "name", "北京某某科技有限公司", "address", "西红门路1号",
                        "districtCode", "110115", "headcount", 320, "ownership", "NON_PUBLIC", "unionId", t.enterpriseUnion()))
                .post("/api/v1/enterprises").then().statusCode(201)
                .body("creditCode", equalTo(code))
                .body("covered", equalTo(true));
        // parked at the street federation: not yet covered by a grassroots union
        long parked = registerEnterprise(t.street());
        asAdmin().get("/api/v1/enterprises/" + parked).then().statusCode(200).body("covered", equalTo(false));
        asAdmin().queryParam("creditCode", code).get("/api/v1/enterprises").then().statusCode(200)
                .body("items.creditCode", org.hamcrest.Matchers.contains(code));
    }

    @Test
    void rejectsTheKnownBadCodeAndNamesTheField() {
        var t = tree();
        asAdmin().body(Map.of("creditCode", "91110000600037341M", "name", "x", "districtCode", "110115", "headcount", 1,
                        "ownership", "STATE", "unionId", t.street()))
                .post("/api/v1/enterprises").then().statusCode(400)
                .body("errors[0].field", equalTo("creditCode"))
                .body("errors[0].problem", org.hamcrest.Matchers.containsString("check character"));
        asAdmin().body(Map.of("creditCode", creditCode(), "name", "x", "districtCode", "110115", "headcount", 1,
                        "ownership", "PRIVATE", "unionId", t.street()))
                .post("/api/v1/enterprises").then().statusCode(400).body("errors[0].field", equalTo("ownership"));
    }

    @Test
    void updateNeedsTheEtagAndMovesCoverage() {
        var t = tree();
        long e = registerEnterprise(t.street());
        String etag = asAdmin().get("/api/v1/enterprises/" + e).then().extract().header("ETag");
        asOfficer(t.street()).header("If-Match", etag).body(Map.of("unionId", t.enterpriseUnion(), "headcount", 150))
                .patch("/api/v1/enterprises/" + e).then().statusCode(200)
                .body("covered", equalTo(true)).body("headcount", equalTo(150));
        asOfficer(t.street()).header("If-Match", etag).body(Map.of("headcount", 1))
                .patch("/api/v1/enterprises/" + e).then().statusCode(412);
    }

    @Test
    void officerOfAnotherTreeNeitherSeesNorChangesIt() {
        var a = tree();
        var b = tree();
        long inB = registerEnterprise(b.enterpriseUnion());
        asOfficer(a.street()).get("/api/v1/enterprises/" + inB).then().statusCode(404);
        asOfficer(a.street()).header("If-Match", "\"0\"").body(Map.of("name", "劫持"))
                .patch("/api/v1/enterprises/" + inB).then().statusCode(404);
        List<Long> visible = asOfficer(a.street()).queryParam("limit", 200).get("/api/v1/enterprises").then().statusCode(200)
                .extract().jsonPath().getList("items.id", Long.class);
        assertThat(visible).doesNotContain(inB);
        asOfficer(a.street()).body(Map.of("creditCode", creditCode(), "name", "x", "districtCode", "110115", "headcount", 1,
                        "ownership", "STATE", "unionId", b.street()))
                .post("/api/v1/enterprises").then().statusCode(400).body("errors[0].field", equalTo("unionId"));
        asAdmin().get("/api/v1/enterprises/" + inB).then().statusCode(200).body("name", org.hamcrest.Matchers.startsWith("测试企业"));
    }
}
