package cn.gonghui.mediation.supervision;

import static cn.gonghui.mediation.Fixtures.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import cn.gonghui.mediation.Fixtures;
import cn.gonghui.testkit.Api;
import cn.gonghui.testkit.OrgTree;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Inspections of enterprises and hazards reported from members' phones, in the lists and the figures; a member sees only their own. */
@QuarkusTest
class SupervisionTest {

    @Test
    void inspectionsAndHazardReportsAreCountedAndAMemberSeesOnlyTheirOwn() {
        OrgTree.Tree tree = Fixtures.tree();
        long enterprise = Fixtures.enterprise(tree.enterpriseUnion());
        long a = Fixtures.member(tree.enterpriseUnion());
        long b = Fixtures.member(tree.enterpriseUnion());

        inspect(tree.street(), enterprise, true, 3);
        inspect(tree.street(), enterprise, false, 0);
        Api.asAdmin().body(Map.of("unionId", tree.street(), "enterpriseId", enterprise, "inspectedOn", today().plusDays(1).toString(),
                "issuesFound", 0, "findings", "x")).post("/api/v1/inspections").then().statusCode(400)
                .body("errors[0].field", equalTo("inspectedOn"));

        Map<String, Object> report = Map.of("photoRef", "oss://hazards/" + Fixtures.id() + ".jpg", "description", "消防通道堵塞");
        long fixed = Api.asMember(a).body(report).post("/api/v1/hazard-reports").then().statusCode(201)
                .body("status", equalTo("REPORTED"), "unionId", equalTo(tree.enterpriseUnion())).extract().jsonPath().getLong("id");
        long open = Api.asMember(b).body(report).post("/api/v1/hazard-reports").then().statusCode(201).extract().jsonPath().getLong("id");
        Api.asMember(a).get("/api/v1/hazard-reports/" + open).then().statusCode(404);
        Api.asMember(a).get("/api/v1/hazard-reports").then().statusCode(403);
        Api.asMember(a).get("/api/v1/hazard-reports/mine").then().statusCode(200).body("size()", equalTo(1), "[0].id", equalTo((int) fixed));

        Api.asOfficer(tree.street()).body(Map.of("fixed", true, "resolution", "已整改")).post("/api/v1/hazard-reports/" + fixed + "/resolution")
                .then().statusCode(428);
        Api.asOfficer(tree.street()).header("If-Match", "\"0\"").body(Map.of("fixed", true, "resolution", "已整改"))
                .post("/api/v1/hazard-reports/" + fixed + "/resolution").then().statusCode(200).body("status", equalTo("FIXED"));
        Api.asOfficer(tree.street()).header("If-Match", "\"1\"").body(Map.of("fixed", true, "resolution", "again"))
                .post("/api/v1/hazard-reports/" + fixed + "/resolution").then().statusCode(409);
        Api.asOfficer(tree.street()).get("/api/v1/hazard-reports?status=REPORTED").then().statusCode(200)
                .body("items.size()", equalTo(1), "items[0].id", equalTo((int) open));

        JsonPath s = Api.asOfficer(tree.street()).get("/api/v1/stats/mediation?from=" + today().minusDays(30) + "&to=" + today())
                .then().statusCode(200).extract().jsonPath();
        assertThat(s.getLong("supervision.inspections")).isEqualTo(2);
        assertThat(s.getLong("supervision.jointInspections")).isEqualTo(1);
        assertThat(s.getLong("supervision.enterprisesInspected")).isEqualTo(1);
        assertThat(s.getLong("supervision.hazardsReported")).isEqualTo(2);
        assertThat(s.getLong("supervision.hazardsFixed")).isEqualTo(1);
        assertThat(s.getLong("supervision.hazardsOpenAtEnd")).isEqualTo(1);
    }

    @Test
    void appointmentsAndConsultationsTakeNoFutureDayAndOnlyUnionsOfTheSubtree() {
        OrgTree.Tree tree = Fixtures.tree();
        long otherStreet = Fixtures.union(tree.district(), "STREET_TOWN_FEDERATION");
        Api.asOfficer(tree.street()).body(Map.of("unionId", tree.street(), "role", "LABOUR_LAW_SUPERVISOR", "name", "监督员",
                "appointedOn", today().plusDays(1).toString())).post("/api/v1/appointments").then().statusCode(400)
                .body("errors[0].field", equalTo("appointedOn"));
        Api.asOfficer(tree.street()).body(Map.of("unionId", otherStreet, "role", "LABOUR_LAW_SUPERVISOR", "name", "监督员",
                "appointedOn", today().toString())).post("/api/v1/appointments").then().statusCode(400)
                .body("errors[0].field", equalTo("unionId"));
        long id = Api.asOfficer(tree.street()).body(Map.of("unionId", tree.street(), "role", "LABOUR_LAW_SUPERVISOR", "name", "监督员",
                "appointedOn", today().minusDays(5).toString())).post("/api/v1/appointments").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        Api.asOfficer(otherStreet).body(Map.of("endedOn", today().toString())).post("/api/v1/appointments/" + id + "/end").then().statusCode(404);
        Api.asOfficer(tree.street()).body(Map.of("endedOn", today().toString())).post("/api/v1/appointments/" + id + "/end").then()
                .statusCode(200).body("endedOn", equalTo(today().toString()));
        Api.asOfficer(tree.street()).body(Map.of("unionId", tree.street(), "channel", "HOTLINE_12351", "topic", "WAGES",
                "consultedOn", today().plusDays(1).toString())).post("/api/v1/consultations").then().statusCode(400)
                .body("errors[0].field", equalTo("consultedOn"));
        Api.asOfficer(tree.street()).body(Map.of("unionId", tree.street(), "channel", "HOTLINE_12351", "topic", "WAGES"))
                .post("/api/v1/consultations").then().statusCode(201).body("personTimes", equalTo(1));
        Api.asOfficer(otherStreet).get("/api/v1/consultations").then().statusCode(200).body("items.size()", equalTo(0));
    }

    private static void inspect(long unionId, long enterpriseId, boolean joint, int issues) {
        Api.asAdmin().body(Map.of("unionId", unionId, "enterpriseId", enterpriseId, "inspectedOn", today().toString(), "joint", joint,
                "issuesFound", issues, "findings", "检查劳动合同签订与工资支付")).post("/api/v1/inspections").then().statusCode(201);
    }
}
