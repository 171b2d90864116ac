package cn.gonghui.assistance.stats;

import static cn.gonghui.assistance.Fixtures.approve;
import static cn.gonghui.assistance.Fixtures.campaign;
import static cn.gonghui.assistance.Fixtures.disburse;
import static cn.gonghui.assistance.Fixtures.fund;
import static cn.gonghui.assistance.Fixtures.fundManager;
import static cn.gonghui.assistance.Fixtures.hardshipFile;
import static cn.gonghui.assistance.Fixtures.today;
import static cn.gonghui.assistance.Fixtures.verifiedGrant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasToString;

import cn.gonghui.assistance.Fixtures;
import cn.gonghui.assistance.People;
import cn.gonghui.testkit.Api;
import cn.gonghui.testkit.OrgTree;
import cn.gonghui.testkit.TestIdentifiers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The seed reports' assistance figures read back from records loaded through the API: households on file
 * (S1-54), households visited (S0-37, S2-41), single-parent women visited (S0-47), people, households and
 * money per campaign (S1-56..70, S2-39..45), donations to a drive (S1-72), donor ranking (S1-73), money
 * raised into the warm fund (S0-36), enterprises visited (S1-55, S3-08), model-worker visits (S3-09),
 * cash plus goods (S3-11), a special fund's allocations (S4-01).
 */
@QuarkusTest
class StatsTest {

    @Test
    void theFiguresOfASubtreeComeFromItsRecords() {
        OrgTree.Tree tree = Fixtures.tree();
        long warm = fund(tree.district(), "WARM", 0);
        long enterprise = Fixtures.enterprise(tree.enterpriseUnion());
        // S0-36, S1-72, S1-73: donations into the warm fund in the 春风行动 drive
        donate(tree.street(), warm, "甲公司", 600_000, "春风行动");
        donate(tree.street(), warm, "乙公司", 400_000, "春风行动");
        donate(tree.enterpriseUnion(), warm, "甲公司", 100_000, "春风行动");

        // S1-73: the district commends its largest donor unit, and cannot commend one that gave nothing
        Api.asAdmin().body(Map.of("unionId", tree.district(), "donorName", "甲公司", "donorKind", "UNIT", "title", "春风行动捐款先进单位"))
                .post("/api/v1/donor-commendations").then().statusCode(201).body("donatedFen", equalTo(700000));
        Api.asAdmin().body(Map.of("unionId", tree.district(), "donorName", "甲公司", "donorKind", "UNIT", "title", "春风行动捐款先进单位"))
                .post("/api/v1/donor-commendations").then().statusCode(409);
        Api.asAdmin().body(Map.of("unionId", tree.district(), "donorName", "丙公司", "donorKind", "UNIT", "title", "春风行动捐款先进单位"))
                .post("/api/v1/donor-commendations").then().statusCode(400).body("errors[0].field", equalTo("donorName"));

        // S1-54: three households on file, one single-parent woman among them, one closed
        long f1 = hardshipFile(tree.enterpriseUnion(), People.woman(), "SINGLE_PARENT");
        long f2 = hardshipFile(tree.enterpriseUnion(), TestIdentifiers.idNumber(), "ILLNESS");
        long f3 = hardshipFile(tree.enterpriseUnion(), TestIdentifiers.idNumber(), "DISABILITY");
        Api.asAdmin().header("If-Match", "\"0\"").body(Map.of("reason", "脱困")).post("/api/v1/hardship-files/" + f3 + "/exit")
                .then().statusCode(200);

        // S1-56/58, S2-39/40: 送温暖 pays 500 yuan to each of two households and one frontline worker
        long festival = campaign(tree.district(), warm, Map.of("noticeDays", 0, "kind", "FESTIVAL_ALLOWANCE"));
        for (long file : List.of(f1, f2)) {
            long g = verifiedGrant(festival, file);
            approve(g).then().statusCode(200);
            disburse(g, "PAY-" + g).then().statusCode(200);
        }
        long frontline = Api.asAdmin().body(Map.of("campaignId", festival, "unionId", tree.enterpriseUnion(), "idNumber",
                        TestIdentifiers.idNumber(), "name", "一线", "migrant", true, "category", "FRONTLINE", "reason", "一线慰问"))
                .post("/api/v1/grants").then().statusCode(201).extract().jsonPath().getLong("id");
        Api.asAdmin().body(Map.of("findings", "在岗")).post("/api/v1/grants/" + frontline + "/verification").then().statusCode(200);
        approve(frontline).then().statusCode(200);
        disburse(frontline, "PAY-" + frontline).then().statusCode(200);
        // an approved, unpaid grant is not counted as given
        long pending = verifiedGrant(campaign(tree.district(), warm, Map.of("kind", "SCHOOL_AID")), f2);
        approve(pending).then().statusCode(200);
        // S3-11: goods given in kind, valued
        long goods = campaign(tree.district(), null, Map.of("kind", "WINTER_WARMTH", "minAmountFen", 20000, "noticeDays", 0));
        long gift = Api.asAdmin().body(Map.of("campaignId", goods, "fileId", f1, "inKind", "米面油", "reason", "慰问品"))
                .post("/api/v1/grants").then().statusCode(201).extract().jsonPath().getLong("id");
        Api.asAdmin().body(Map.of("findings", "ok")).post("/api/v1/grants/" + gift + "/verification").then().statusCode(200);
        approve(gift).then().statusCode(200);
        disburse(gift, "GOODS-" + gift).then().statusCode(200);

        // S1-55, S3-08, S3-09: visits to an enterprise (twice), a model worker, a household
        visit(Map.of("target", "ENTERPRISE", "enterpriseId", enterprise, "peopleReached", 30));
        visit(Map.of("target", "ENTERPRISE", "enterpriseId", enterprise, "peopleReached", 20));
        visit(Map.of("target", "MODEL_WORKER", "unionId", tree.enterpriseUnion(), "peopleReached", 1));
        visit(Map.of("target", "HOUSEHOLD", "fileId", f1, "peopleReached", 2));

        // S4-01: an epidemic fund allocating to a union and an enterprise
        long epidemic = fund(tree.district(), "SPECIAL", 300_000);
        fundManager().body(Map.of("recipientKind", "UNION", "unionId", tree.enterpriseUnion(), "amountFen", 100_000, "purpose", "防疫"))
                .post("/api/v1/funds/" + epidemic + "/allocations").then().statusCode(201);
        fundManager().body(Map.of("recipientKind", "ENTERPRISE", "enterpriseId", enterprise, "amountFen", 50_000, "purpose", "复工复产"))
                .post("/api/v1/funds/" + epidemic + "/allocations").then().statusCode(201);

        // the district's figures: its funds, and everything its street collected, paid and visited
        JsonPath s = Api.asAdmin().get("/api/v1/stats/assistance?unionId=" + tree.district() + "&from=" + today().withDayOfYear(1)
                        + "&to=" + today())
                .then().statusCode(200).body("unionId", hasToString(String.valueOf(tree.district()))).extract().jsonPath();

        assertThat(s.getLong("hardship.households")).isEqualTo(2);
        assertThat(s.getLong("hardship.registered")).isEqualTo(3);
        assertThat(s.getLong("hardship.exited")).isEqualTo(1);
        // the checks of f1 and f2 (grant verification) are home visits
        assertThat(s.getLong("hardship.visitedHouseholds")).isEqualTo(2);
        assertThat(s.getLong("hardship.byCause.find { it.cause == 'SINGLE_PARENT' }.visitedWomen")).isEqualTo(1);

        Map<String, Object> allowance = s.getMap("byCampaign.find { it.campaignId == " + festival + " }");
        assertThat(allowance).containsEntry("people", 3).containsEntry("personTimes", 3).containsEntry("households", 3)
                .containsEntry("migrants", 1).containsEntry("cashFen", 150000).containsEntry("inKindFen", 0);
        // S0-09: applications filed (申报), here for the school aid still awaiting payment
        assertThat(s.getMap("applications.find { it.campaignId == " + festival + " }")).containsEntry("filed", 3).containsEntry("pending", 0);
        assertThat(s.getList("applications.findAll { it.kind == 'SCHOOL_AID' }.pending", Integer.class)).containsExactly(1);
        assertThat(s.getLong("total.people")).isEqualTo(3);
        assertThat(s.getLong("total.personTimes")).isEqualTo(4);
        assertThat(s.getLong("total.cashFen")).isEqualTo(150_000);
        assertThat(s.getLong("total.inKindFen")).isEqualTo(20_000);
        assertThat(s.getLong("byKind.find { it.kind == 'WINTER_WARMTH' }.households")).isEqualTo(1);
        assertThat(s.getLong("peopleByCategory.FRONTLINE")).isEqualTo(1);
        assertThat(s.getLong("peopleByCategory.HARDSHIP")).isEqualTo(2);

        Map<String, Object> warmFund = s.getMap("funds.find { it.fundId == " + warm + " }");
        assertThat(warmFund).containsEntry("donationsFen", 1_100_000).containsEntry("grantsPaidFen", 150_000)
                .containsEntry("payableFen", 50_000).containsEntry("balanceFen", 1_100_000 - 200_000);
        assertThat(s.getLong("donations.amountFen")).isEqualTo(1_100_000);
        assertThat(s.getLong("donations.amountFenByDrive.春风行动")).isEqualTo(1_100_000);
        assertThat(s.getString("donations.topDonors[0].donorName")).isEqualTo("甲公司");
        assertThat(s.getLong("donations.topDonors[0].amountFen")).isEqualTo(700_000);
        assertThat(s.getLong("donations.unitsCommended")).isEqualTo(1);

        assertThat(s.getLong("visits.enterprisesVisited")).isEqualTo(1);
        assertThat(s.getLong("visits.visitsByTarget.ENTERPRISE")).isEqualTo(2);
        assertThat(s.getLong("visits.modelWorkerVisits")).isEqualTo(1);
        assertThat(s.getLong("visits.householdsVisited")).isEqualTo(1);
        assertThat(s.getLong("visits.peopleReached")).isEqualTo(53);

        assertThat(s.getLong("allocations.amountFen")).isEqualTo(150_000);
        assertThat(s.getLong("allocations.unions")).isEqualTo(1);
        assertThat(s.getLong("allocations.enterprises")).isEqualTo(1);

        // a period before any of it: flows are zero, the stock as of then too
        // the street's own figures hold what it did, but not the district's funds
        JsonPath street = Api.asOfficer(tree.street()).get("/api/v1/stats/assistance").then().statusCode(200).extract().jsonPath();
        assertThat(street.getLong("total.personTimes")).isEqualTo(4);
        assertThat(street.getLong("donations.amountFen")).isEqualTo(1_100_000);
        assertThat(street.getList("funds")).isEmpty();

        JsonPath before = Api.asAdmin().get("/api/v1/stats/assistance?unionId=" + tree.district() + "&from=2020-01-01&to=2020-12-31")
                .then().statusCode(200).extract().jsonPath();
        assertThat(before.getLong("hardship.households")).isZero();
        assertThat(before.getLong("total.personTimes")).isZero();
        assertThat(before.getLong("funds.find { it.fundId == " + warm + " }.balanceFen")).isZero();
    }

    @Test
    void anOfficerGetsFiguresOnlyForTheirSubtree() {
        OrgTree.Tree tree = Fixtures.tree();
        long otherStreet = Fixtures.union(tree.district(), "STREET_TOWN_FEDERATION");
        Api.asOfficer(otherStreet).get("/api/v1/stats/assistance?unionId=" + tree.street()).then().statusCode(403);
        Api.asOfficer(otherStreet).get("/api/v1/stats/assistance").then().statusCode(200).body("unionId", hasToString(String.valueOf(otherStreet)));
        Api.asAdmin().get("/api/v1/stats/assistance").then().statusCode(400).body("errors[0].field", equalTo("unionId"));
        Api.asAdmin().get("/api/v1/stats/assistance?unionId=" + tree.street() + "&from=2026-02-01&to=2026-01-01")
                .then().statusCode(400).body("errors[0].field", equalTo("from"));
        Api.asMember(1).get("/api/v1/stats/assistance?unionId=" + tree.street()).then().statusCode(403);
    }

    private static void donate(long unionId, long fund, String donor, long amount, String drive) {
        fundManager().body(Map.of("unionId", unionId, "fundId", fund, "donorKind", "UNIT", "donorName", donor, "drive", drive,
                "amountFen", amount, "receiptNumber", "R-" + Fixtures.id())).post("/api/v1/donations").then().statusCode(201);
    }

    private static void visit(Map<String, Object> body) {
        Map<String, Object> b = new java.util.HashMap<>(body);
        b.put("visitedOn", today().toString());
        Api.asAdmin().body(b).post("/api/v1/visits").then().statusCode(201);
    }
}
