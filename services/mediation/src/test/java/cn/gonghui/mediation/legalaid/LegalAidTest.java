package cn.gonghui.mediation.legalaid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import cn.gonghui.mediation.Fixtures;
import cn.gonghui.testkit.Api;
import cn.gonghui.testkit.OrgTree;
import cn.gonghui.testkit.TestIdentifiers;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** 法律援助 through the API: accepted in the subtree with the applicant masked, closed once under If-Match, invisible elsewhere. */
@QuarkusTest
class LegalAidTest {

    @Test
    void aLegalAidCaseIsAcceptedMaskedAndClosedOnceWithTheAmountWon() {
        OrgTree.Tree tree = Fixtures.tree();
        long otherStreet = Fixtures.union(tree.district(), "STREET_TOWN_FEDERATION");
        String idNumber = TestIdentifiers.idNumber();
        Map<String, Object> body = Map.of("unionId", tree.street(), "name", "援助对象", "idNumber", idNumber, "lawyerName", "李律师",
                "lawFirm", "某律师事务所", "matter", "工伤待遇", "amountAtStakeFen", 2_000_000, "workersInvolved", 3);
        Api.asOfficer(otherStreet).body(body).post("/api/v1/legal-aid-cases").then().statusCode(400).body("errors[0].field", equalTo("unionId"));
        String created = Api.asOfficer(tree.street()).body(body).post("/api/v1/legal-aid-cases").then().statusCode(201)
                .body("status", equalTo("OPEN"), "idNumber", equalTo("**************" + idNumber.substring(14)))
                .extract().asString();
        assertThat(created).doesNotContain(idNumber);
        long id = io.restassured.path.json.JsonPath.from(created).getLong("id");

        Api.asOfficer(otherStreet).get("/api/v1/legal-aid-cases/" + id).then().statusCode(404);
        Api.asMember(Fixtures.member(tree.enterpriseUnion())).get("/api/v1/legal-aid-cases/" + id).then().statusCode(403);
        Map<String, Object> close = Map.of("outcome", "PARTLY_WON", "amountWonFen", 1_200_000);
        Api.asOfficer(tree.street()).body(close).post("/api/v1/legal-aid-cases/" + id + "/closure").then().statusCode(428);
        Api.asOfficer(tree.street()).header("If-Match", "\"0\"").body(Map.of("outcome", "LOST", "amountWonFen", 5))
                .post("/api/v1/legal-aid-cases/" + id + "/closure").then().statusCode(400).body("errors[0].field", equalTo("amountWonFen"));
        Api.asOfficer(tree.street()).header("If-Match", "\"0\"").body(close).post("/api/v1/legal-aid-cases/" + id + "/closure")
                .then().statusCode(200).body("status", equalTo("CLOSED"), "amountWonFen", equalTo(1_200_000));
        Api.asOfficer(tree.street()).header("If-Match", "\"1\"").body(close).post("/api/v1/legal-aid-cases/" + id + "/closure")
                .then().statusCode(409);
        Api.asOfficer(tree.street()).get("/api/v1/legal-aid-cases?status=CLOSED").then().statusCode(200)
                .body("items.size()", equalTo(1), "items[0].lawyerName", equalTo("李律师"));
    }
}
