package cn.gonghui.bargaining.stats;

import static cn.gonghui.bargaining.Fixtures.covered;
import static cn.gonghui.bargaining.Fixtures.effective;
import static cn.gonghui.bargaining.Fixtures.enterprise;
import static cn.gonghui.bargaining.Fixtures.signed;
import static cn.gonghui.bargaining.Fixtures.today;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import cn.gonghui.bargaining.Fixtures;
import cn.gonghui.bargaining.contract.ContractCalendar;
import cn.gonghui.testkit.Api;
import cn.gonghui.testkit.OrgTree;
import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The figures of FIGURES.md owned by bargaining, each loaded through the API (enterprises through membership's
 * events on the broker) and read back from GET /stats/bargaining.
 */
@QuarkusTest
class StatsTest {

    @Inject
    ContractCalendar calendar;

    OrgTree.Tree tree;
    long streetB;
    long unionB;
    long stateOver100;
    long small;
    long exactly100;
    long elsewhere;

    @BeforeEach
    void setUp() {
        tree = Fixtures.tree();
        streetB = Fixtures.union(tree.district(), "STREET_TOWN_FEDERATION");
        unionB = Fixtures.union(streetB, "ENTERPRISE_UNION");
        stateOver100 = enterprise(tree.enterpriseUnion(), 150, "STATE");
        small = enterprise(tree.enterpriseUnion(), 80, "NON_PUBLIC");
        exactly100 = enterprise(tree.enterpriseUnion(), 100, "NON_PUBLIC");
        elsewhere = enterprise(unionB, 200, "NON_PUBLIC");
    }

    JsonPath stats(long unionId, String query) {
        return Api.asAdmin().get("/api/v1/stats/bargaining?unionId=" + unionId + query).then().statusCode(200).extract().jsonPath();
    }

    String period() {
        return "&from=" + today().minusDays(90) + "&to=" + today();
    }

    @Test
    void contractsInForceTheirEnterprisesAndWorkersCoverageAndTheHundredPlusEnterprises() {
        // S3-02..S3-05, S1-05 style: wage agreements single and regional, a comprehensive contract, one signed but not in force
        effective(tree.enterpriseUnion(), List.of(covered(stateOver100, 140)), Map.of("kind", "WAGE"), 40, 12);
        effective(tree.street(), List.of(covered(small, 70), covered(exactly100, 90)), Map.of("kind", "WAGE", "scope", "REGIONAL"), 40, 24);
        effective(tree.enterpriseUnion(), List.of(covered(stateOver100, 150)), Map.of("kind", "COMPREHENSIVE"), 40, 36);
        signed(unionB, List.of(covered(elsewhere, 180)), Map.of("kind", "WAGE"), 30, 12);

        JsonPath s = stats(tree.district(), period());
        Map<String, Object> wage = s.getMap("byKind.find { it.kind == 'WAGE' }");
        assertEquals(wage, Map.of("contractsInForce", 2, "single", 1, "regional", 1, "industry", 0, "enterprises", 3, "workers", 300,
                "enterprisesOver100", 2, "renewalsDue", 0));
        Map<String, Object> all = s.getMap("all");
        assertEquals(all, Map.of("contractsInForce", 3, "enterprises", 3, "workers", 310, "enterprisesOver100", 2));
        Map<String, Object> coverage = s.getMap("coverage");
        assertEquals(coverage, Map.of("coveredEnterprises", 4, "enterprisesUnderContract", 3, "rate", 0.75f, "enterprisesOver100", 3,
                "enterprisesOver100UnderContract", 2, "over100Rate", 0.6667f));
        assertEquals(s.getMap("flows"), Map.of("offersSent", 4, "signed", 4, "filed", 3, "effective", 3, "filedLate", 0,
                "deemedEffective", 0, "renewalsSigned", 0));
        assertEquals(s.getMap("flows.signedByKind"), Map.of("WAGE", 3, "COMPREHENSIVE", 1));
        assertEquals(s.getMap("flows.signedByScope"), Map.of("SINGLE", 3, "REGIONAL", 1));

        // the street's subtree: not the other street's contract nor enterprise
        JsonPath street = stats(tree.street(), period());
        assertEquals(street.getMap("coverage"), Map.of("coveredEnterprises", 3, "enterprisesUnderContract", 3, "rate", 1.0f));
        // before the contracts took effect nothing was in force
        JsonPath earlier = stats(tree.district(), "&from=" + today().minusDays(90) + "&to=" + today().minusDays(60));
        assertEquals(earlier.getMap("all"), Map.of("contractsInForce", 0, "enterprises", 0, "workers", 0));
    }

    @Test
    void lateAnswersOverdueOffersLateFilingsDeemedEffectAndExpiryAreCountedInTheirPeriod() {
        List<Map<String, Object>> one = List.of(covered(small, 50));
        Fixtures.offered(tree.enterpriseUnion(), one, Map.of("offeredOn", today().minusDays(25).toString()));
        long answeredLate = Fixtures.offered(tree.enterpriseUnion(), one, Map.of("offeredOn", today().minusDays(30).toString()));
        Fixtures.post(answeredLate, "answer", Map.of("accepted", true, "answeredOn", today().minusDays(5).toString())).then().statusCode(200);
        long filedLate = signed(tree.enterpriseUnion(), one, Map.of(), 20, 12);
        Fixtures.post(filedLate, "filing", Map.of("filedOn", today().minusDays(3).toString(), "bureau", "区人社局")).then().statusCode(200);
        long deemed = signed(tree.enterpriseUnion(), one, Map.of(), 40, 24);
        Fixtures.post(deemed, "filing", Map.of("filedOn", today().minusDays(35).toString(), "bureau", "区人社局")).then().statusCode(200);
        long expired = effective(tree.enterpriseUnion(), one, Map.of(), 400, 12);
        calendar.run();
        Api.asAdmin().get("/api/v1/contracts/" + deemed).then().body("status", equalTo("EFFECTIVE"),
                "effectiveOn", equalTo(today().minusDays(19).toString()));
        Api.asAdmin().get("/api/v1/contracts/" + expired).then().body("status", equalTo("EXPIRED"));

        assertEquals(stats(tree.district(), period()).getMap("flows"), Map.of("offersSent", 4, "offersAnsweredLate", 1, "offersOverdue", 1,
                "signed", 2, "filed", 2, "filedLate", 1, "effective", 1, "deemedEffective", 1, "expired", 1));
        // as of 6 days ago the late answer had not come: that offer was the overdue one, the other not due yet
        assertEquals(stats(tree.district(), "&from=" + today().minusDays(90) + "&to=" + today().minusDays(6)).getMap("flows"),
                Map.of("offersOverdue", 1, "offersAnsweredLate", 0));
    }

    @Test
    void inspectionsCountEnterprisesAndSecondLevelUnionsAndTripartiteInspectionsCountUnions() {
        // S0-12, S0-13, S2-28
        archive(stateOver100);
        archive(stateOver100);
        archive(elsewhere);
        tripartite(tree.street());
        tripartite(tree.street());
        tripartite(streetB);
        tripartite(unionB);
        assertEquals(stats(tree.district(), period()).getMap("inspections"), Map.of("archiveInspections", 3, "enterprisesInspected", 2,
                "archivesPassed", 3, "secondLevelUnionsInspected", 2, "tripartiteInspections", 4, "unionsJointlyInspected", 3,
                "secondLevelUnionsJointlyInspected", 2));
        Api.asOfficer(streetB).get("/api/v1/archive-inspections").then().statusCode(200).body("items.size()", equalTo(1));
        Api.asOfficer(streetB).body(Map.of("enterpriseId", stateOver100, "passed", true, "findings", "x")).post("/api/v1/archive-inspections")
                .then().statusCode(400).body("errors[0].field", equalTo("enterpriseId"));
    }

    void archive(long enterpriseId) {
        Api.asAdmin().body(Map.of("enterpriseId", enterpriseId, "inspectedOn", today().minusDays(5).toString(), "passed", true,
                "findings", "协商档案齐全")).post("/api/v1/archive-inspections").then().statusCode(201);
    }

    void tripartite(long unionId) {
        Api.asAdmin().body(Map.of("unionId", unionId, "partners", "区人社局, 区企业联合会", "findings", "四看四查"))
                .post("/api/v1/tripartite-inspections").then().statusCode(201);
    }

    @Test
    void instructorsInOfficeAsOfToPerLevel() {
        // S2-32, S2-33
        appoint(tree.district(), "PROVINCIAL");
        appoint(tree.district(), "DISTRICT");
        var leaving = Api.asAdmin().body(Map.of("unionId", tree.street(), "name", "赵指导", "level", "DISTRICT",
                        "appointedOn", today().minusYears(1).toString(), "enterpriseIds", List.of(small)))
                .post("/api/v1/instructors").then().statusCode(201).extract();
        long id = leaving.jsonPath().getLong("id");
        Api.asAdmin().body(Map.of("leftOn", today().minusDays(1).toString())).post("/api/v1/instructors/" + id + "/departure")
                .then().statusCode(428);
        Api.asAdmin().header("If-Match", "\"99\"").body(Map.of("leftOn", today().minusDays(1).toString()))
                .post("/api/v1/instructors/" + id + "/departure").then().statusCode(412);
        Api.asAdmin().header("If-Match", leaving.header("ETag")).body(Map.of("leftOn", today().minusDays(1).toString()))
                .post("/api/v1/instructors/" + id + "/departure").then().statusCode(200);
        assertEquals(stats(tree.district(), period()).getMap("instructorsInOffice"), Map.of("PROVINCIAL", 1, "MUNICIPAL", 0, "DISTRICT", 1));
        assertEquals(stats(tree.district(), "&from=" + today().minusDays(30) + "&to=" + today().minusDays(1)).getMap("instructorsInOffice"),
                Map.of("DISTRICT", 2));
    }

    void appoint(long unionId, String level) {
        Api.asAdmin().body(Map.of("unionId", unionId, "name", "指导员" + Fixtures.id(), "level", level,
                "appointedOn", today().minusYears(1).toString())).post("/api/v1/instructors").then().statusCode(201);
    }

    @Test
    void modelEnterprisesOfTheYearAgainstTheHundredPlusEnterprises() {
        // S2-30, S2-31
        model(stateOver100).then().statusCode(201);
        model(small).then().statusCode(201);
        model(stateOver100).then().statusCode(409);
        assertEquals(stats(tree.district(), period()).getMap("modelEnterprises"), Map.of("year", today().getYear(), "models", 2,
                "modelsOver100", 1, "enterprisesOver100", 3, "over100Rate", 0.3333f));
    }

    io.restassured.response.Response model(long enterpriseId) {
        return Api.asAdmin().body(Map.of("enterpriseId", enterpriseId, "year", today().getYear(), "notes", "工资集体协商典型"))
                .post("/api/v1/model-enterprises");
    }

    @Test
    void openAffairsAndCongressRatesByOwnershipAsOfTo() {
        // S0-14, S0-15, S0-16
        String longAgo = today().minusYears(3).toString();
        var state = Api.asAdmin().body(Map.of("openAffairsSince", longAgo, "congressSince", longAgo, "lastSessionOn", today().minusMonths(2).toString(),
                "recordComplete", true)).put("/api/v1/democratic-management/" + stateOver100).then().statusCode(201).extract();
        Api.asAdmin().body(Map.of("openAffairsSince", longAgo, "recordComplete", true)).put("/api/v1/democratic-management/" + small)
                .then().statusCode(201);
        Api.asAdmin().body(Map.of("openAffairsSince", today().minusDays(1).toString(), "recordComplete", false))
                .put("/api/v1/democratic-management/" + exactly100).then().statusCode(201);
        // a session before the congress exists; a replacement without If-Match
        Api.asAdmin().body(Map.of("lastSessionOn", longAgo, "recordComplete", false)).put("/api/v1/democratic-management/" + elsewhere)
                .then().statusCode(400).body("errors[0].field", equalTo("lastSessionOn"));
        Api.asAdmin().body(Map.of("recordComplete", true)).put("/api/v1/democratic-management/" + stateOver100).then().statusCode(428);
        Api.asAdmin().header("If-Match", state.header("ETag")).body(Map.of("openAffairsSince", longAgo, "congressSince", longAgo,
                "recordComplete", true)).put("/api/v1/democratic-management/" + stateOver100).then().statusCode(200);
        Api.asOfficer(streetB).get("/api/v1/democratic-management/" + stateOver100).then().statusCode(404);
        // 职代会 sessions: only once established, one a day
        String session = "/api/v1/democratic-management/" + stateOver100 + "/congress-sessions";
        Api.asAdmin().body(Map.of("heldOn", today().minusDays(7).toString(), "representatives", 40, "present", 41)).post(session)
                .then().statusCode(400).body("errors[0].field", equalTo("present"));
        Api.asAdmin().body(Map.of("heldOn", today().minusDays(7).toString(), "representatives", 40, "present", 35)).post(session)
                .then().statusCode(201);
        Api.asAdmin().body(Map.of("heldOn", today().minusDays(7).toString(), "representatives", 40, "present", 35)).post(session)
                .then().statusCode(409);
        Api.asAdmin().body(Map.of("representatives", 20, "present", 20)).post("/api/v1/democratic-management/" + small + "/congress-sessions")
                .then().statusCode(409).body("detail", containsString("congressSince is empty"));
        Api.asAdmin().get("/api/v1/democratic-management/" + stateOver100).then().body("lastSessionOn", equalTo(today().minusDays(7).toString()));
        Api.asOfficer(streetB).get(session).then().statusCode(404);

        JsonPath s = stats(tree.district(), period());
        assertEquals(s.getMap("democraticManagement.find { it.ownership == 'STATE' }"), Map.of("enterprises", 1, "openAffairs", 1,
                "openAffairsRate", 1.0f, "congress", 1, "congressRate", 1.0f, "sessionsHeld", 1));
        assertEquals(s.getMap("democraticManagement.find { it.ownership == 'NON_PUBLIC' }"), Map.of("enterprises", 3, "openAffairs", 2,
                "openAffairsRate", 0.6667f, "congress", 0, "congressRate", 0.0f, "recordsComplete", 1));
        assertEquals(s.getMap("democraticManagement.find { it.ownership == 'ALL' }"), Map.of("enterprises", 4, "recordsComplete", 2,
                "completeRate", 0.5f));
        JsonPath before = stats(tree.district(), "&from=" + today().minusDays(30) + "&to=" + today().minusDays(2));
        assertEquals(before.getMap("democraticManagement.find { it.ownership == 'NON_PUBLIC' }"), Map.of("openAffairs", 1,
                "openAffairsRate", 0.3333f));
    }

    @Test
    void csrGradesHarmonySitesAndSamplesAndChairsTrained() {
        // S1-01, S1-02, S1-03 (all enterprises joined; SMEs need a size class), S1-04, S3-01
        String longAgo = today().minusYears(2).toString();
        var a = Api.asAdmin().body(Map.of("joinedOn", longAgo, "grade", "A", "gradedOn", longAgo)).put("/api/v1/csr/" + stateOver100)
                .then().statusCode(201).extract();
        Api.asAdmin().body(Map.of("joinedOn", longAgo, "grade", "A", "gradedOn", longAgo, "reviewedOn", today().minusDays(3).toString()))
                .put("/api/v1/csr/" + stateOver100).then().statusCode(428);
        Api.asAdmin().header("If-Match", a.header("ETag")).body(Map.of("joinedOn", longAgo, "grade", "A", "gradedOn", longAgo,
                "reviewedOn", today().minusDays(3).toString())).put("/api/v1/csr/" + stateOver100).then().statusCode(200);
        Api.asAdmin().body(Map.of("joinedOn", today().minusDays(10).toString())).put("/api/v1/csr/" + small).then().statusCode(201);
        Api.asAdmin().body(Map.of("joinedOn", today().minusDays(10).toString(), "grade", "B")).put("/api/v1/csr/" + exactly100)
                .then().statusCode(400).body("errors[0].field", equalTo("gradedOn"));
        Api.asAdmin().body(Map.of("joinedOn", today().minusDays(10).toString(), "reviewedOn", today().toString()))
                .put("/api/v1/csr/" + exactly100).then().statusCode(400).body("errors[0].field", equalTo("reviewedOn"));
        Api.asOfficer(streetB).get("/api/v1/csr/" + stateOver100).then().statusCode(404);

        Api.asAdmin().body(Map.of("enterpriseId", stateOver100, "level", "DISTRICT")).post("/api/v1/harmony-sites").then().statusCode(201);
        Api.asAdmin().body(Map.of("enterpriseId", stateOver100, "level", "DISTRICT")).post("/api/v1/harmony-sites").then().statusCode(409);
        Api.asAdmin().body(Map.of("enterpriseId", elsewhere, "level", "DISTRICT")).post("/api/v1/harmony-sites").then().statusCode(201);
        Api.asAdmin().body(Map.of("enterpriseId", small)).post("/api/v1/harmony-samples").then().statusCode(201);
        Api.asAdmin().body(Map.of("enterpriseId", small)).post("/api/v1/harmony-samples").then().statusCode(409);
        Api.asAdmin().body(Map.of("unionId", tree.street(), "topic", "工资集体协商专题培训", "chairsAttending", 45, "othersAttending", 5))
                .post("/api/v1/trainings").then().statusCode(201);
        Api.asAdmin().body(Map.of("unionId", streetB, "topic", "工资集体协商专题培训", "chairsAttending", 47)).post("/api/v1/trainings")
                .then().statusCode(201);

        assertEquals(stats(tree.district(), period()).getMap("relations"), Map.of("csrJoined", 1, "csrGradeA", 1, "csrGradeAReviewed", 1,
                "harmonySites", 2, "harmonySamplesCompleted", 1, "trainings", 2, "chairsTrained", 92, "othersTrained", 5));
        assertEquals(stats(tree.district(), period()).getMap("relations.harmonySitesDesignated"), Map.of("DISTRICT", 2));
        assertEquals(stats(tree.street(), period()).getMap("relations"), Map.of("harmonySites", 1, "chairsTrained", 45));
    }

    @Test
    void anEmptySubtreeHasNoRatesAndAnOfficerOutsideItGets403() {
        long empty = Fixtures.union(tree.district(), "STREET_TOWN_FEDERATION");
        Api.asOfficer(empty).get("/api/v1/stats/bargaining").then().statusCode(200).body("coverage.rate", nullValue(),
                "modelEnterprises.over100Rate", nullValue());
        Api.asOfficer(empty).get("/api/v1/stats/bargaining?unionId=" + tree.district()).then().statusCode(403);
        Api.asAdmin().get("/api/v1/stats/bargaining?unionId=" + tree.district() + "&from=" + today() + "&to=" + today().minusDays(1))
                .then().statusCode(400).body("errors[0].field", equalTo("from"));
    }

    /** Every expected entry is in the actual map with that value (JSON numbers compared as JsonPath reads them). */
    static void assertEquals(Map<String, Object> actual, Map<String, Object> expected) {
        org.assertj.core.api.Assertions.assertThat(actual).as("figures").containsAllEntriesOf(expected);
    }
}
