package cn.gonghui.membership.union;

import static cn.gonghui.membership.Fixtures.enrol;
import static cn.gonghui.membership.Fixtures.tree;
import static cn.gonghui.testkit.Api.asAdmin;
import static cn.gonghui.testkit.Api.asMember;
import static cn.gonghui.testkit.Api.asOfficer;
import static cn.gonghui.testkit.Api.asPartner;
import static org.hamcrest.Matchers.equalTo;

import cn.gonghui.membership.Fixtures.Tree;
import cn.gonghui.scope.Roles;
import cn.gonghui.testkit.TestIdentifiers;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A union's legal-person record and its dated change log; scoped like every write; bad input names the field. */
@QuarkusTest
class UnionChangeTest {

    @Test
    void aLegalPersonChangeAndARenameAreLogged() {
        Tree t = tree();
        String code = TestIdentifiers.creditCode();
        asOfficer(t.street()).header("If-Match", "\"0\"").body(Map.of("creditCode", code.toLowerCase(), "representative", " 李主席 "))
                .post("/api/v1/unions/" + t.enterpriseUnion() + "/legal-person").then().statusCode(200)
                .body("legalPersonCode", equalTo(code)).body("legalRepresentative", equalTo("李主席"));
        asOfficer(t.street()).header("If-Match", "\"1\"").body(Map.of("name", "新名字"))
                .patch("/api/v1/unions/" + t.enterpriseUnion()).then().statusCode(200);
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        asOfficer(t.street()).get("/api/v1/unions/" + t.enterpriseUnion() + "/changes").then().statusCode(200)
                .body("items.kind", equalTo(List.of("LEGAL_PERSON", "RENAME")))
                .body("items.changedOn", equalTo(List.of(today, today)))
                .body("items[0].oldValue", equalTo(null)).body("items[0].newValue", equalTo(code + " 李主席"));
    }

    @Test
    void badInputIsAProblemNamingTheField() {
        Tree t = tree();
        String path = "/api/v1/unions/" + t.enterpriseUnion() + "/legal-person";
        asAdmin().header("If-Match", "\"0\"").body(Map.of("creditCode", "91110000XXXXXXXXXX", "representative", "李"))
                .post(path).then().statusCode(400).body("errors[0].field", equalTo("creditCode"));
        asAdmin().header("If-Match", "\"0\"").body(Map.of("creditCode", TestIdentifiers.creditCode(), "representative", " "))
                .post(path).then().statusCode(400).body("errors[0].field", equalTo("representative"));
        asAdmin().header("If-Match", "\"0\"").body(Map.of("creditCode", TestIdentifiers.creditCode(), "representative", "李",
                "changedOn", "2000-01-01")).post(path).then().statusCode(400).body("errors[0].field", equalTo("changedOn"));
        asAdmin().body(Map.of("creditCode", TestIdentifiers.creditCode(), "representative", "李")).post(path).then().statusCode(428);
        asAdmin().header("If-Match", "\"0\"").body(Map.of("name", "x", "renamedOn", "2099-01-01"))
                .patch("/api/v1/unions/" + t.enterpriseUnion()).then().statusCode(400).body("errors[0].field", equalTo("renamedOn"));
    }

    @Test
    void anOfficerOfAnotherSubtreeAMemberAndAPartnerAreRefused() {
        Tree t = tree();
        Tree other = tree();
        long member = enrol(t.enterpriseUnion());
        String path = "/api/v1/unions/" + t.enterpriseUnion();
        Map<String, Object> body = Map.of("creditCode", TestIdentifiers.creditCode(), "representative", "李");
        asOfficer(other.district()).header("If-Match", "\"0\"").body(body).post(path + "/legal-person").then().statusCode(404);
        asMember(member).header("If-Match", "\"0\"").body(body).post(path + "/legal-person").then().statusCode(403);
        asPartner(Roles.INSURER, "pingan").header("If-Match", "\"0\"").body(body).post(path + "/legal-person").then().statusCode(403);
        asOfficer(other.district()).get(path + "/changes").then().statusCode(404);
        asMember(member).get(path + "/changes").then().statusCode(403);
        asPartner(Roles.MERCHANT, "shop-1").get(path + "/changes").then().statusCode(403);
        asAdmin().get(path + "/changes").then().statusCode(200).body("items", equalTo(List.of()));
    }
}
