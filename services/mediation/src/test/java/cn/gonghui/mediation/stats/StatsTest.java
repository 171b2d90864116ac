package cn.gonghui.mediation.stats;

import static cn.gonghui.mediation.Fixtures.centre;
import static cn.gonghui.mediation.Fixtures.openCase;
import static cn.gonghui.mediation.Fixtures.pay;
import static cn.gonghui.mediation.Fixtures.read;
import static cn.gonghui.mediation.Fixtures.today;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.mediation.Fixtures;
import cn.gonghui.testkit.Api;
import cn.gonghui.testkit.OrgTree;
import cn.gonghui.testkit.TestIdentifiers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The seed reports' mediation figures read back from records loaded through the API: disputes accepted (S0-17, S2-15),
 * mediated (S0-18, S2-16), money claimed / agreed / paid (S0-19, S2-02, S2-17), legal aid accepted, at stake and won
 * (S0-20, S0-21, S2-20, S2-21), their sum (S0-22), a group incident the union assisted and its workers (S2-18, S2-19),
 * formal and simple case files per town union with workers and money (S2-22..27), cases mediated at the arbitration
 * court desk (S4-03), supervisors in office (S0-23), communities with coordinators (S3-25), consultations (S1-39).
 */
@QuarkusTest
class StatsTest {

    @Test
    void theFiguresOfASubtreeComeFromItsRecords() {
        OrgTree.Tree tree = Fixtures.tree();
        long town = centre(tree.street(), "TOWN_CENTRE");
        long court = centre(tree.district(), "ARBITRATION_COURT_DESK");
        Fixtures.Mediator townMediator = Fixtures.mediator(town);
        Fixtures.Mediator courtMediator = Fixtures.mediator(court);

        // c1: two claims, agreed in part in two wage instalments and overtime; the first instalment paid
        long c1 = openCase(town, Map.of("claims", List.of(Map.of("category", "UNPAID_WAGES", "claimedFen", 3_000_000),
                Map.of("category", "OVERTIME", "claimedFen", 500_000))));
        Fixtures.assign(c1, townMediator.id()).then().statusCode(200);
        JsonPath j1 = read(c1);
        Fixtures.agree(c1, List.of(Fixtures.term(j1.getLong("claims[0].id"), 1_000_000, today()),
                Fixtures.term(j1.getLong("claims[0].id"), 1_000_000, today().plusDays(30)),
                Fixtures.term(j1.getLong("claims[1].id"), 300_000, today().plusDays(30)))).then().statusCode(200);
        Fixtures.signAll(c1, townMediator);
        pay(c1, read(c1).getLong("terms[0].id"), 1_000_000).then().statusCode(201);
        // c2 at the arbitration court desk: agreed 800 000 of 1 000 000 and paid in full
        long c2 = Fixtures.mediatedCase(court, courtMediator, 1_000_000, 800_000, Map.of());
        pay(c2, read(c2).getLong("terms[0].id"), 800_000).then().statusCode(201);
        // c3: a group dispute of 12 workers, referred to arbitration
        long c3 = openCase(town, Map.of("workersInvolved", 12, "representatives", 2,
                "claims", List.of(Map.of("category", "UNPAID_WAGES", "claimedFen", 5_000_000))));
        Api.asAdmin().body(Map.of("reason", "FAILED")).post("/api/v1/cases/" + c3 + "/referral").then().statusCode(200);
        // c4: withdrawn
        long c4 = openCase(town, Map.of());
        Api.asAdmin().body(Map.of("reason", "撤回")).post("/api/v1/cases/" + c4 + "/withdrawal").then().statusCode(200);
        // c5: a group incident the union helped the government resolve
        openCase(town, Map.of("workersInvolved", 3000, "representatives", 5, "unionRole", "ASSISTING"));
        // c6: received 20 days ago, still open: overdue
        openCase(town, Map.of("receivedOn", today().minusDays(20).toString()));
        // files: c1 and c3 formal at the town centre, c4 simple there, c2 simple at the court desk
        file(c1, "FORMAL");
        file(c3, "FORMAL");
        file(c4, "SIMPLE");
        file(c2, "SIMPLE");

        // legal aid: two accepted, one closed with the amount won
        long aid = legalAid(tree.street(), 10_000_000);
        legalAid(tree.enterpriseUnion(), 7_110_000);
        String etag = Api.asAdmin().get("/api/v1/legal-aid-cases/" + aid).then().statusCode(200).extract().header("ETag");
        Api.asAdmin().header("If-Match", etag).body(Map.of("outcome", "WON", "amountWonFen", 5_910_000))
                .post("/api/v1/legal-aid-cases/" + aid + "/closure").then().statusCode(200);

        // supervision: two supervisors, one already left; three coordinators in two communities
        long community1 = Fixtures.union(tree.street(), "COMMUNITY_JOINT_UNION");
        long community2 = Fixtures.union(tree.street(), "COMMUNITY_JOINT_UNION");
        appoint(tree.district(), "LABOUR_LAW_SUPERVISOR", today().minusYears(2));
        long left = appoint(tree.district(), "LABOUR_LAW_SUPERVISOR", today().minusYears(2));
        Api.asAdmin().body(Map.of("endedOn", today().minusDays(1).toString())).post("/api/v1/appointments/" + left + "/end").then().statusCode(200);
        appoint(community1, "TRIPARTITE_COORDINATOR", today().minusDays(30));
        appoint(community1, "TRIPARTITE_COORDINATOR", today().minusDays(30));
        appoint(community2, "TRIPARTITE_COORDINATOR", today().minusDays(30));

        // consultations: 1 + 1 + 30 person-times
        consult(tree.street(), "HOTLINE_12351", "WAGES", 1);
        consult(tree.street(), "WALK_IN", "WAGES", 1);
        consult(tree.enterpriseUnion(), "OUTREACH", "LABOUR_CONTRACT", 30);

        JsonPath s = Api.asAdmin().get("/api/v1/stats/mediation?unionId=" + tree.district() + "&from=" + today().minusDays(60) + "&to=" + today())
                .then().statusCode(200).extract().jsonPath();
        // S0-17, S2-15: accepted (the assisted incident apart)
        assertThat(s.getLong("cases.accepted")).isEqualTo(5);
        assertThat(s.getLong("cases.acceptedWorkers")).isEqualTo(16);
        assertThat(s.getMap("cases.acceptedByChannel")).containsEntry("WALK_IN", 5);
        assertThat(s.getMap("cases.claimsByCategory")).containsEntry("UNPAID_WAGES", 5).containsEntry("OVERTIME", 1);
        assertThat(s.getLong("cases.groupDisputes")).isEqualTo(1);
        assertThat(s.getLong("cases.groupWorkers")).isEqualTo(12);
        // S2-18, S2-19
        assertThat(s.getLong("cases.assistedIncidents")).isEqualTo(1);
        assertThat(s.getLong("cases.assistedWorkers")).isEqualTo(3000);
        // S0-18, S2-16, success rate 2 of 3 concluded by agreement or referral
        assertThat(s.getLong("cases.mediated")).isEqualTo(2);
        assertThat(s.getLong("cases.referred")).isEqualTo(1);
        assertThat(s.getLong("cases.withdrawn")).isEqualTo(1);
        assertThat(s.getDouble("cases.successRate")).isEqualTo(0.6667);
        assertThat(s.getLong("cases.openAtEnd")).isEqualTo(2);
        assertThat(s.getLong("cases.overdueAtEnd")).isEqualTo(1);
        // S0-19, S2-02, S2-17: claimed, agreed and paid kept apart
        assertThat(s.getLong("money.claimedFenAccepted")).isEqualTo(3_500_000 + 1_000_000 + 5_000_000 + 3_000_000 + 3_000_000);
        assertThat(s.getLong("money.claimedFenMediated")).isEqualTo(4_500_000);
        assertThat(s.getLong("money.agreedFenMediated")).isEqualTo(3_100_000);
        assertThat(s.getLong("money.paidFenMediated")).isEqualTo(1_800_000);
        assertThat(s.getLong("money.paidFenInPeriod")).isEqualTo(1_800_000);
        // S4-03: mediated at the arbitration court desk
        assertThat(s.getList("byCentre.findAll { it.kind == 'ARBITRATION_COURT_DESK' }.mediated")).containsExactly(1);
        assertThat(s.getList("byCentre.findAll { it.centreId == " + town + " }.accepted")).containsExactly(4);
        // S2-22..27: files per type and per union, with workers and money
        assertThat(s.getList("files.findAll { it.type == 'FORMAL' && it.unionId == null }.files")).containsExactly(2);
        assertThat(s.getList("files.findAll { it.type == 'FORMAL' && it.unionId == " + tree.street() + " }.workers")).containsExactly(13);
        assertThat(s.getList("files.findAll { it.type == 'FORMAL' && it.unionId == " + tree.street() + " }.paidFen")).containsExactly(1_000_000);
        assertThat(s.getList("files.findAll { it.type == 'FORMAL' && it.unionId == " + tree.street() + " }.agreedFen")).containsExactly(2_300_000);
        assertThat(s.getList("files.findAll { it.type == 'SIMPLE' && it.unionId == null }.files")).containsExactly(2);
        assertThat(s.getList("files.findAll { it.type == 'SIMPLE' && it.unionId == " + tree.district() + " }.paidFen")).containsExactly(800_000);
        // S0-20, S0-21, S2-20, S2-21
        assertThat(s.getLong("legalAid.accepted")).isEqualTo(2);
        assertThat(s.getLong("legalAid.amountAtStakeFen")).isEqualTo(17_110_000);
        assertThat(s.getLong("legalAid.closed")).isEqualTo(1);
        assertThat(s.getLong("legalAid.amountWonFen")).isEqualTo(5_910_000);
        // S0-22: mediation plus legal aid
        assertThat(s.getLong("money.agreedFenMediated") + s.getLong("legalAid.amountWonFen")).isEqualTo(9_010_000);
        // S0-23, S3-25
        assertThat(s.getLong("supervision.supervisorsInOffice")).isEqualTo(1);
        assertThat(s.getLong("supervision.coordinatorsInOffice")).isEqualTo(3);
        assertThat(s.getLong("supervision.coordinatorCommunities")).isEqualTo(2);
        // S1-39
        assertThat(s.getLong("consultations.personTimes")).isEqualTo(32);
        assertThat(s.getLong("consultations.records")).isEqualTo(3);
        assertThat(s.getMap("consultations.byChannel")).containsEntry("OUTREACH", 30);

        // the street's subtree holds the town centre only; stocks as of an earlier day
        JsonPath street = Api.asOfficer(tree.street()).get("/api/v1/stats/mediation?from=" + today().minusDays(60) + "&to=" + today())
                .then().statusCode(200).extract().jsonPath();
        assertThat(street.getLong("cases.accepted")).isEqualTo(4);
        assertThat(street.getLong("cases.mediated")).isEqualTo(1);
        assertThat(street.getLong("supervision.supervisorsInOffice")).isZero();
        JsonPath earlier = Api.asAdmin().get("/api/v1/stats/mediation?unionId=" + tree.district() + "&from=" + today().minusDays(60)
                + "&to=" + today().minusDays(10)).then().statusCode(200).extract().jsonPath();
        assertThat(earlier.getLong("cases.accepted")).isEqualTo(1);
        assertThat(earlier.getLong("cases.openAtEnd")).isEqualTo(1);
        assertThat(earlier.getLong("cases.overdueAtEnd")).isZero();
        assertThat(earlier.getLong("supervision.supervisorsInOffice")).isEqualTo(2);
        assertThat((Object) earlier.get("cases.successRate")).isNull();
    }

    @Test
    void aPeriodEndingBeforeItStartsIsA400AndAnAdminMustNameTheUnion() {
        OrgTree.Tree tree = Fixtures.tree();
        Api.asAdmin().get("/api/v1/stats/mediation?unionId=" + tree.district() + "&from=" + today() + "&to=" + today().minusDays(1))
                .then().statusCode(400);
        Api.asAdmin().get("/api/v1/stats/mediation").then().statusCode(400);
    }

    private static void file(long caseId, String type) {
        Api.asAdmin().body(Map.of("type", type)).post("/api/v1/cases/" + caseId + "/file").then().statusCode(200);
    }

    private static long legalAid(long unionId, long stakeFen) {
        return Api.asAdmin().body(Map.of("unionId", unionId, "name", "援助对象", "idNumber", TestIdentifiers.idNumber(), "lawyerName", "志愿律师",
                        "matter", "追索劳动报酬", "amountAtStakeFen", stakeFen))
                .post("/api/v1/legal-aid-cases").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static long appoint(long unionId, String role, java.time.LocalDate on) {
        return Api.asAdmin().body(Map.of("unionId", unionId, "role", role, "name", "监督员" + Fixtures.id(), "appointedOn", on.toString()))
                .post("/api/v1/appointments").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static void consult(long unionId, String channel, String topic, int personTimes) {
        Api.asAdmin().body(Map.of("unionId", unionId, "channel", channel, "topic", topic, "personTimes", personTimes))
                .post("/api/v1/consultations").then().statusCode(201);
    }
}
