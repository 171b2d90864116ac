package cn.gonghui.membership.stats;

import static cn.gonghui.membership.Fixtures.createUnion;
import static cn.gonghui.membership.Fixtures.enrol;
import static cn.gonghui.membership.Fixtures.registerEnterprise;
import static cn.gonghui.membership.Fixtures.tree;
import static cn.gonghui.testkit.Api.asAdmin;
import static cn.gonghui.testkit.Api.asOfficer;
import static cn.gonghui.testkit.Api.tokens;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import cn.gonghui.testkit.TestIdentifiers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StatsTest {

    @Test
    void figuresForASubtreeAndPeriod() {
        var t = tree();
        long building = createUnion(t.street(), "BUILDING_UNION", "楼宇工会");
        registerEnterprise(t.enterpriseUnion());
        registerEnterprise(building);
        registerEnterprise(t.street());
        for (int i = 0; i < 3; i++) {
            enrol(t.enterpriseUnion());
        }
        long leaver = enrol(building);
        long retiree = enrol(building);
        asAdmin().body(Map.of()).post("/api/v1/members/" + leaver + "/leave").then().statusCode(200);
        asAdmin().body(Map.of()).post("/api/v1/members/" + retiree + "/retire").then().statusCode(200);
        var other = tree();
        long incoming = enrol(other.enterpriseUnion());
        long transfer = asAdmin().body(Map.of("memberId", incoming, "toUnionId", t.enterpriseUnion())).post("/api/v1/transfers")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        asAdmin().body(Map.of()).post("/api/v1/transfers/" + transfer + "/accept").then().statusCode(200);

        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        asOfficer(t.street()).queryParam("from", today).queryParam("to", today)
                .get("/api/v1/unions/" + t.street() + "/stats").then().statusCode(200)
                .body("unionsFounded", equalTo(2))
                .body("enterprises", equalTo(3))
                .body("enterprisesCovered", equalTo(2))
                .body("membersJoined", equalTo(5)) // the member who came by transfer joined in the other tree
                .body("membersLeft", equalTo(1))
                .body("membersTransferredIn", equalTo(1))
                .body("membersTransferredOut", equalTo(0))
                .body("totalMembers", equalTo(5))
                .body("retiredMembers", equalTo(1));
        asAdmin().queryParam("from", today).queryParam("to", today)
                .get("/api/v1/unions/" + other.district() + "/stats").then().statusCode(200)
                .body("membersTransferredOut", equalTo(1)).body("totalMembers", equalTo(0));
        // a period before anything happened
        asAdmin().queryParam("from", "2016-01-01").queryParam("to", "2016-12-31")
                .get("/api/v1/unions/" + t.street() + "/stats").then().statusCode(200)
                .body("membersJoined", equalTo(0)).body("totalMembers", equalTo(0));
    }

    /**
     * Before: members were counted in the union they belong to now, so after a transfer a past year's
     * 新增会员 and 会员总数 moved from the old union's figures to the new one's (S22).
     */
    @Test
    void pastPeriodsKeepTheirFiguresAfterATransfer() {
        var a = tree();
        var b = tree();
        String csv = "姓名,身份证号,入会日期\n老会员," + TestIdentifiers.idNumber() + ",2024-03-01\n";
        given().auth().oauth2(tokens().districtAdmin()).contentType("text/csv; charset=UTF-8").accept(ContentType.JSON)
                .body(csv.getBytes(StandardCharsets.UTF_8)).post("/api/v1/unions/" + a.enterpriseUnion() + "/member-imports")
                .then().statusCode(201).body("imported", equalTo(1));
        long member = asAdmin().queryParam("unionId", a.enterpriseUnion()).get("/api/v1/members").then().statusCode(200)
                .extract().jsonPath().getLong("items[0].id");
        long transfer = asAdmin().body(Map.of("memberId", member, "toUnionId", b.enterpriseUnion())).post("/api/v1/transfers")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        asAdmin().body(Map.of()).post("/api/v1/transfers/" + transfer + "/accept").then().statusCode(200);

        asAdmin().queryParam("from", "2024-01-01").queryParam("to", "2024-12-31").get("/api/v1/unions/" + a.street() + "/stats")
                .then().statusCode(200).body("membersJoined", equalTo(1)).body("totalMembers", equalTo(1));
        asAdmin().queryParam("from", "2024-01-01").queryParam("to", "2024-12-31").get("/api/v1/unions/" + b.street() + "/stats")
                .then().statusCode(200).body("membersJoined", equalTo(0)).body("totalMembers", equalTo(0));
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        asAdmin().queryParam("from", today).queryParam("to", today).get("/api/v1/unions/" + b.street() + "/stats")
                .then().statusCode(200).body("membersJoined", equalTo(0)).body("membersTransferredIn", equalTo(1))
                .body("totalMembers", equalTo(1));
        asAdmin().queryParam("from", today).queryParam("to", today).get("/api/v1/unions/" + a.street() + "/stats")
                .then().statusCode(200).body("membersTransferredOut", equalTo(1)).body("totalMembers", equalTo(0));
    }

    @Test
    void officerOfAnotherTreeIsForbidden() {
        var a = tree();
        var b = tree();
        asOfficer(a.street()).get("/api/v1/unions/" + b.street() + "/stats").then().statusCode(403);
        asOfficer(a.enterpriseUnion()).get("/api/v1/unions/" + a.street() + "/stats").then().statusCode(403);
    }

    @Test
    void periodMustBeInOrder() {
        var a = tree();
        asAdmin().queryParam("from", "2020-02-01").queryParam("to", "2020-01-01")
                .get("/api/v1/unions/" + a.street() + "/stats").then().statusCode(400).body("errors[0].field", equalTo("from"));
        asAdmin().queryParam("from", "not-a-date").get("/api/v1/unions/" + a.street() + "/stats").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
    }
}
