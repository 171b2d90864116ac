package cn.gonghui.membership.servicepoint;

import static cn.gonghui.membership.Fixtures.enrol;
import static cn.gonghui.membership.Fixtures.tree;
import static cn.gonghui.testkit.Api.asAdmin;
import static cn.gonghui.testkit.Api.asMember;
import static cn.gonghui.testkit.Api.asOfficer;
import static cn.gonghui.testkit.Api.asPartner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import cn.gonghui.membership.Fixtures.Tree;
import cn.gonghui.scope.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Service points as a programme through the API: status and dates, money, inspections, ratings; scoped like every write. */
@QuarkusTest
class ServicePointProgrammeTest {

    @Test
    void aPointIsPlannedBuiltOpenedSuspendedAndClosedAndNearestShowsOpenOnesOnly() {
        Tree t = tree();
        // far from every other test's points, so nearest here sees these first
        long planned = create(t.street(), "WARM_STATION", Map.of("status", "PLANNED"), -33.90, 18.40);
        long open = create(t.street(), "WARM_STATION", Map.of("openedOn", "2024-05-01"), -33.91, 18.41);
        long suspended = create(t.street(), "WARM_STATION", Map.of(), -33.92, 18.42);
        asOfficer(t.street()).post("/api/v1/service-points/" + suspended + "/suspend").then().statusCode(200)
                .body("status", equalTo("SUSPENDED"));
        List<Long> nearest = asMember(enrol(t.enterpriseUnion())).queryParam("lat", "-33.9").queryParam("lng", "18.4")
                .queryParam("limit", 50).get("/api/v1/service-points/nearest").then().statusCode(200).extract().jsonPath()
                .getList("items.id", Long.class);
        assertThat(nearest).contains(open).doesNotContain(planned, suspended);

        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        asOfficer(t.street()).post("/api/v1/service-points/" + planned + "/start-building").then().statusCode(200)
                .body("status", equalTo("BUILDING")).body("openedOn", equalTo(null));
        asOfficer(t.street()).body(Map.of()).post("/api/v1/service-points/" + planned + "/open").then().statusCode(200)
                .body("status", equalTo("OPEN")).body("openedOn", equalTo(today));
        asOfficer(t.street()).body(Map.of()).post("/api/v1/service-points/" + planned + "/open").then().statusCode(409);
        asOfficer(t.street()).body(Map.of("on", "2024-04-30")).post("/api/v1/service-points/" + open + "/close")
                .then().statusCode(400).body("errors[0].field", equalTo("on"));
        asOfficer(t.street()).body(Map.of("on", "2099-01-01")).post("/api/v1/service-points/" + open + "/close")
                .then().statusCode(400).body("errors[0].field", equalTo("on"));
        asOfficer(t.street()).body(Map.of("on", "2025-01-31")).post("/api/v1/service-points/" + open + "/close").then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("closedOn", equalTo("2025-01-31"));
        asOfficer(t.district()).queryParam("status", "CLOSED").get("/api/v1/service-points").then().statusCode(200)
                .body("items.id", equalTo(List.of((int) open)));
    }

    @Test
    void moneyInspectionsAndRatingsAreRecordedAndListed() {
        Tree t = tree();
        long home = create(t.enterpriseUnion(), "WORKERS_HOME", Map.of("openedOn", "2023-01-01"), 39.7, 116.3);
        asOfficer(t.street()).body(Map.of("amountFen", 1_000_000, "source", "市总工会", "purpose", "SUBSIDY", "paidOn", "2024-03-01",
                "note", "重点培育")).post("/api/v1/service-points/" + home + "/fundings").then().statusCode(201)
                .body("amountFen", equalTo(1_000_000)).body("purpose", equalTo("SUBSIDY"));
        asOfficer(t.street()).body(Map.of("kind", "ANNUAL", "result", "PASSED", "inspector", "区总工会"))
                .post("/api/v1/service-points/" + home + "/inspections").then().statusCode(201);
        asOfficer(t.street()).body(Map.of("stars", 5, "ratedBy", "区总工会", "ratedOn", "2024-06-01"))
                .post("/api/v1/service-points/" + home + "/ratings").then().statusCode(201);
        asOfficer(t.street()).get("/api/v1/service-points/" + home + "/fundings").then().statusCode(200)
                .body("items[0].source", equalTo("市总工会")).body("nextCursor", equalTo(null));
        asOfficer(t.street()).get("/api/v1/service-points/" + home + "/inspections").then().statusCode(200)
                .body("items[0].kind", equalTo("ANNUAL"));
        asOfficer(t.street()).get("/api/v1/service-points/" + home + "/ratings").then().statusCode(200)
                .body("items[0].stars", equalTo(5));
        asAdmin().get("/api/v1/service-points/" + home).then().body("stars", equalTo(5));
    }

    @Test
    void badInputIsAProblemNamingTheField() {
        Tree t = tree();
        long warm = create(t.street(), "WARM_STATION", Map.of(), 39.7, 116.3);
        long planned = create(t.street(), "WORKERS_HOME", Map.of("status", "PLANNED"), 39.7, 116.3);
        invalidCreate(t, Map.of("openedOn", "2099-01-01"), "openedOn");
        invalidCreate(t, Map.of("status", "PLANNED", "openedOn", "2020-01-01"), "openedOn");
        invalidCreate(t, Map.of("status", "CLOSED"), "status");
        invalidCreate(t, Map.of("recognitionLevel", "NATIONAL"), "recognitionLevel");
        invalidCreate(t, Map.of("host", "CASTLE"), "host");
        post("fundings", warm, Map.of("amountFen", 0, "source", "区总工会", "purpose", "EQUIPMENT"), 400, "amountFen");
        post("fundings", warm, Map.of("amountFen", 100, "source", " ", "purpose", "EQUIPMENT"), 400, "source");
        post("fundings", warm, Map.of("amountFen", 100, "source", "区总工会", "purpose", "EQUIPMENT", "paidOn", "2099-01-01"), 400, "paidOn");
        post("fundings", warm, Map.of("amountFen", 100, "source", "区总工会"), 400, "purpose");
        post("inspections", warm, Map.of("kind", "ACCEPTANCE", "inspector", "区总工会"), 400, "result");
        post("ratings", warm, Map.of("stars", 3, "ratedBy", "区总工会"), 400, "stars");
        post("ratings", planned, Map.of("stars", 3, "ratedBy", "区总工会"), 409, null);
        post("ratings", planned, Map.of("stars", 6, "ratedBy", "区总工会"), 400, "stars");
        post("inspections", planned, Map.of("kind", "ACCEPTANCE", "result", "PASSED", "inspector", "区总工会"), 409, null);
    }

    @Test
    void anOfficerOfAnotherSubtreeAMemberAndAPartnerAreRefused() {
        Tree t = tree();
        Tree other = tree();
        long point = create(t.enterpriseUnion(), "SERVICE_STATION", Map.of(), 39.7, 116.3);
        long member = enrol(t.enterpriseUnion());
        Map<String, Map<String, Object>> writes = Map.of(
                "fundings", Map.of("amountFen", 100, "source", "区总工会", "purpose", "EQUIPMENT"),
                "inspections", Map.of("kind", "ANNUAL", "result", "PASSED", "inspector", "区总工会"),
                "ratings", Map.of("stars", 3, "ratedBy", "区总工会"),
                "open", Map.of(), "suspend", Map.of(), "close", Map.of(), "start-building", Map.of());
        for (var write : writes.entrySet()) {
            String path = "/api/v1/service-points/" + point + "/" + write.getKey();
            asOfficer(other.district()).body(write.getValue()).post(path).then().statusCode(404);
            asMember(member).body(write.getValue()).post(path).then().statusCode(403);
            asPartner(Roles.INSURER, "pingan").body(write.getValue()).post(path).then().statusCode(403);
        }
        for (String read : List.of("fundings", "inspections", "ratings")) {
            String path = "/api/v1/service-points/" + point + "/" + read;
            asOfficer(other.district()).get(path).then().statusCode(404);
            asMember(member).get(path).then().statusCode(403);
            asPartner(Roles.MERCHANT, "shop-1").get(path).then().statusCode(403);
        }
        asMember(member).queryParam("unionId", t.street()).get("/api/v1/stats/membership").then().statusCode(403);
        asPartner(Roles.INSURER, "pingan").queryParam("unionId", t.street()).get("/api/v1/stats/membership").then().statusCode(403);
        // nothing was written by the refused calls
        asAdmin().get("/api/v1/service-points/" + point + "/fundings").then().statusCode(200).body("items", equalTo(List.of()));
        asAdmin().get("/api/v1/service-points/" + point).then().statusCode(200).body("status", equalTo("OPEN"));
    }

    private static long create(long unionId, String kind, Map<String, Object> extra, double latitude, double longitude) {
        return asAdmin().body(body(unionId, kind, extra, latitude, longitude)).post("/api/v1/service-points")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static Map<String, Object> body(long unionId, String kind, Map<String, Object> extra, double latitude, double longitude) {
        Map<String, Object> body = new HashMap<>(Map.of("kind", kind, "name", "阵地", "unionId", unionId, "address", "北京市",
                "latitude", latitude, "longitude", longitude));
        body.putAll(extra);
        return body;
    }

    private static void invalidCreate(Tree t, Map<String, Object> extra, String field) {
        asAdmin().body(body(t.street(), "WARM_STATION", extra, 39.7, 116.3)).post("/api/v1/service-points").then().statusCode(400)
                .body("errors[0].field", equalTo(field));
    }

    private static void post(String records, long point, Map<String, Object> body, int status, String field) {
        RequestSpecification request = asAdmin().body(body);
        var response = request.post("/api/v1/service-points/" + point + "/" + records).then().statusCode(status);
        if (field != null) {
            response.body("errors[0].field", equalTo(field));
        }
    }
}
