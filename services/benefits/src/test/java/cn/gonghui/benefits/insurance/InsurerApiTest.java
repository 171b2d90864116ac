package cn.gonghui.benefits.insurance;

import static cn.gonghui.benefits.insurance.InsuranceFixtures.claim;
import static cn.gonghui.benefits.insurance.InsuranceFixtures.enrol;
import static cn.gonghui.benefits.insurance.InsuranceFixtures.insurer;
import static cn.gonghui.benefits.insurance.InsuranceFixtures.planWithPeriod;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;


import cn.gonghui.benefits.Fixtures;
import cn.gonghui.benefits.TestClock;
import cn.gonghui.testkit.Api;
import cn.gonghui.testkit.OrgTree;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The insurer partner API: the feed from a cursor, idempotent claim batches, status updates, reconciliation, and one insurer never seeing another's. */
@QuarkusTest
class InsurerApiTest {

    OrgTree.Tree tree;
    String insurerId;
    long[] plan;
    List<Long> enrolments = new ArrayList<>();

    @BeforeEach
    void setUp() {
        tree = Fixtures.tree();
        insurerId = "pingan-" + tree.district() % 1_000_000;
        plan = planWithPeriod(tree.district(), insurerId, "INPATIENT_MEDICAL", false);
        for (long m : Fixtures.members(tree.enterpriseUnion(), 3)) {
            enrolments.add(enrol(plan[1], m));
        }
        TestClock.CLOCK.advanceDays(5);
    }

    @AfterEach
    void resetClock() {
        TestClock.CLOCK.reset();
    }

    @Test
    void theFeedResumesFromACursorAndTheSameCursorGivesTheSamePage() {
        JsonPath first = insurer(insurerId).get("/api/v1/insurer/enrolment-changes?limit=2").then().statusCode(200).extract().jsonPath();
        assertThat(first.getList("changes")).hasSize(2);
        long cursor = first.getLong("nextCursor");
        String page = insurer(insurerId).get("/api/v1/insurer/enrolment-changes?limit=2&since=" + cursor).then().statusCode(200)
                .extract().asString();
        String again = insurer(insurerId).get("/api/v1/insurer/enrolment-changes?limit=2&since=" + cursor).then().extract().asString();
        assertThat(again).isEqualTo(page);
        JsonPath rest = JsonPath.from(page);
        assertThat(rest.getList("changes")).hasSize(1);
        assertThat(rest.getLong("changes[0].position")).isGreaterThan(cursor);
        JsonPath end = insurer(insurerId).get("/api/v1/insurer/enrolment-changes?since=" + rest.getLong("nextCursor")).then().extract().jsonPath();
        assertThat(end.getList("changes")).isEmpty();
        assertThat(end.getLong("nextCursor")).isEqualTo(rest.getLong("nextCursor"));
        insurer(insurerId).get("/api/v1/insurer/enrolment-changes?limit=0").then().statusCode(400).body("errors[0].field", equalTo("limit"));
        // another insurer's feed has none of these
        insurer("other-" + insurerId).get("/api/v1/insurer/enrolment-changes").then().statusCode(200).body("changes.size()", equalTo(0));
    }

    @Test
    void aResentBatchChangesNothingAndAKeyReusedWithAnotherBodyIsAConflict() {
        Map<String, Object> batch = Map.of("claims", List.of(claim("C-1", enrolments.get(0), 500_000), claim("C-2", enrolments.get(1), 80_000)));
        String key = "batch-" + insurerId;
        String first = insurer(insurerId).header("Idempotency-Key", key).body(batch).post("/api/v1/insurer/claims")
                .then().statusCode(200).body("accepted.size()", equalTo(2), "rejected.size()", equalTo(0)).extract().asString();
        String resent = insurer(insurerId).header("Idempotency-Key", key).body(batch).post("/api/v1/insurer/claims")
                .then().statusCode(200).extract().asString();
        assertThat(resent).isEqualTo(first);
        insurer(insurerId).header("Idempotency-Key", key).body(Map.of("claims", List.of(claim("C-3", enrolments.get(2), 1))))
                .post("/api/v1/insurer/claims").then().statusCode(409).body("type", containsString("idempotency-key-reused"));
        // the same claims under a new key: already received, not stored twice
        insurer(insurerId).header("Idempotency-Key", key + "-b").body(batch).post("/api/v1/insurer/claims")
                .then().statusCode(200).body("accepted.alreadyReceived", equalTo(List.of(true, true)));
        assertThat(QuarkusTransaction.requiringNew().call(() -> Claim.count("insurerId", insurerId))).isEqualTo(2);
    }

    @Test
    void aBatchWithBadClaimsStoresTheGoodOnesAndNamesEachBadOne() {
        long otherPlanEnrolment = enrolmentOfAnotherInsurer();
        List<Map<String, Object>> claims = new ArrayList<>();
        claims.add(claim("G-1", enrolments.get(0), 1000));
        claims.add(Map.of("insurerClaimId", "B-1", "enrolmentId", enrolments.get(1), "incidentOn", Fixtures.today().toString(), "claimedFen", -5));
        claims.add(claim("B-2", otherPlanEnrolment, 1000));
        claims.add(Map.of("insurerClaimId", "B-3", "enrolmentId", enrolments.get(1), "incidentOn", Fixtures.today().plusDays(400).toString(),
                "claimedFen", 100));
        claims.add(claim("G-2", enrolments.get(2), 2000));
        JsonPath r = insurer(insurerId).header("Idempotency-Key", "mixed-" + insurerId).body(Map.of("claims", claims))
                .post("/api/v1/insurer/claims").then().statusCode(200).extract().jsonPath();
        assertThat(r.getList("accepted.insurerClaimId", String.class)).containsExactly("G-1", "G-2");
        assertThat(r.getList("rejected.index", Integer.class)).containsExactly(1, 2, 3);
        assertThat(r.getList("rejected.field", String.class)).containsExactly("claims[1].claimedFen", "claims[2].enrolmentId", "claims[3].incidentOn");
        insurer(insurerId).body(Map.of("claims", List.of())).post("/api/v1/insurer/claims").then().statusCode(400);
    }

    @Test
    void twoConcurrentSendsOfTheSameBatchStoreEachClaimOnce() throws Exception {
        List<Map<String, Object>> claims = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            claims.add(claim("R-" + i, enrolments.get(i % 3), 100 + i));
        }
        Map<String, Object> batch = Map.of("claims", claims);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> sends = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                sends.add(pool.submit(() -> {
                    start.await();
                    return insurer(insurerId).header("Idempotency-Key", "race-" + insurerId).body(batch).post("/api/v1/insurer/claims")
                            .statusCode();
                }));
            }
            start.countDown();
            for (Future<Integer> f : sends) {
                assertThat(f.get()).isIn(200, 409);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(QuarkusTransaction.requiringNew().call(() -> Claim.count("insurerId", insurerId))).isEqualTo(50);
    }

    @Test
    void statusUpdatesAreIdempotentAndAPaidClaimShowsOnTheMembersPhone() {
        insurer(insurerId).header("Idempotency-Key", "s-" + insurerId).body(Map.of("claims", List.of(claim("S-1", enrolments.get(0), 300_000))))
                .post("/api/v1/insurer/claims").then().statusCode(200);
        insurer(insurerId).body(Map.of("status", "PAID", "paidFen", 1)).put("/api/v1/insurer/claims/S-1/status").then().statusCode(409);
        insurer(insurerId).body(Map.of("status", "APPROVED")).put("/api/v1/insurer/claims/S-1/status").then().statusCode(200);
        insurer(insurerId).body(Map.of("status", "APPROVED")).put("/api/v1/insurer/claims/S-1/status").then().statusCode(200)
                .body("status", equalTo("APPROVED"));
        insurer(insurerId).body(Map.of("status", "PAID")).put("/api/v1/insurer/claims/S-1/status").then().statusCode(400)
                .body("errors[0].field", equalTo("paidFen"));
        insurer(insurerId).body(Map.of("status", "PAID", "paidFen", 250_000)).put("/api/v1/insurer/claims/S-1/status").then().statusCode(200);
        insurer(insurerId).body(Map.of("status", "PAID", "paidFen", 250_000)).put("/api/v1/insurer/claims/S-1/status").then().statusCode(200);
        insurer(insurerId).body(Map.of("status", "PAID", "paidFen", 260_000)).put("/api/v1/insurer/claims/S-1/status").then().statusCode(409);
        insurer(insurerId).body(Map.of("status", "REJECTED")).put("/api/v1/insurer/claims/S-1/status").then().statusCode(409);
        long member = QuarkusTransaction.requiringNew().call(() -> ((Enrolment) Enrolment.findById(enrolments.get(0))).memberId);
        Api.asMember(member).get("/api/v1/insurance/mine").then().statusCode(200)
                .body("claims[0].status", equalTo("PAID"), "claims[0].paidFen", equalTo(250000));
        // S3-12/13/15/16, S0-49/50: units and members enrolled as of to, claims paid (人次) and the money, per plan
        JsonPath stats = Api.asAdmin().get("/api/v1/stats/benefits?unionId=" + tree.district()).then().statusCode(200).extract().jsonPath();
        assertThat(stats.getMap("insurance.find { it.planId == " + plan[0] + " }")).containsEntry("units", 1).containsEntry("members", 3)
                .containsEntry("claimsPaid", 1).containsEntry("paidFen", 250000);
    }

    @Test
    void healthDetailsAreSealedAndUnmaskedOnlyWithThePermissionAndAReason() {
        insurer(insurerId).header("Idempotency-Key", "h-" + insurerId).body(Map.of("claims", List.of(claim("H-1", enrolments.get(0), 1000))))
                .post("/api/v1/insurer/claims").then().statusCode(200);
        long claimId = QuarkusTransaction.requiringNew().call(() -> ((Claim) Claim.find("insurerId = ?1 and insurerClaimId = ?2", insurerId, "H-1")
                .firstResult()).id);
        String sealed = QuarkusTransaction.requiringNew().call(() -> ((Claim) Claim.findById(claimId)).diagnosisSealed);
        assertThat(sealed).doesNotContain("阑尾炎");
        Api.asAdmin().body(Map.of("reason", "复核理赔")).post("/api/v1/insurance/claims/" + claimId + "/unmask").then().statusCode(403);
        Api.as(Api.tokens().mint("reader", List.of("district-admin", "personal-data-reader"), Map.of()))
                .body(Map.of("reason", "复核理赔")).post("/api/v1/insurance/claims/" + claimId + "/unmask").then().statusCode(200)
                .body("diagnosis", containsString("阑尾炎"));
        long denied = ((Number) QuarkusTransaction.requiringNew().call(() -> Claim.getEntityManager().createNativeQuery(
                "SELECT count(*) FROM personal_data_access WHERE subject_type = 'claim' AND subject_id = :id AND outcome = 'DENIED'")
                .setParameter("id", String.valueOf(claimId)).getSingleResult())).longValue();
        assertThat(denied).isEqualTo(1);
    }

    @Test
    void anInsurerSeesNoneOfAnothersPlansClaimsOrFeed() {
        insurer(insurerId).header("Idempotency-Key", "own-" + insurerId).body(Map.of("claims", List.of(claim("X-1", enrolments.get(0), 1000))))
                .post("/api/v1/insurer/claims").then().statusCode(200);
        String rival = "rival-" + insurerId;
        insurer(rival).get("/api/v1/insurer/claims/X-1").then().statusCode(404);
        insurer(rival).get("/api/v1/insurer/claims").then().statusCode(200).body("items.size()", equalTo(0));
        insurer(rival).get("/api/v1/insurer/plans/" + plan[0] + "/periods").then().statusCode(404);
        insurer(rival).get("/api/v1/insurer/plans").then().statusCode(200).body("size()", equalTo(0));
        insurer(rival).header("Idempotency-Key", "steal-" + insurerId).body(Map.of("claims", List.of(claim("X-2", enrolments.get(0), 1000))))
                .post("/api/v1/insurer/claims").then().statusCode(200).body("rejected[0].field", equalTo("claims[0].enrolmentId"));
        insurer(rival).body(Map.of("status", "APPROVED")).put("/api/v1/insurer/claims/X-1/status").then().statusCode(404);
        Api.asPartner("merchant", insurerId).get("/api/v1/insurer/claims").then().statusCode(403);
        insurer(insurerId).get("/api/v1/insurer/claims/X-1").then().statusCode(200).body("diagnosis", containsString("阑尾炎"));
    }

    @Test
    void reconciliationListsWhereTheInsurersTotalsDifferFromOurs() {
        insurer(insurerId).header("Idempotency-Key", "rec-" + insurerId).body(Map.of("claims", List.of(claim("Q-1", enrolments.get(0), 1000),
                claim("Q-2", enrolments.get(1), 2000)))).post("/api/v1/insurer/claims").then().statusCode(200);
        insurer(insurerId).body(Map.of("status", "APPROVED")).put("/api/v1/insurer/claims/Q-1/status").then().statusCode(200);
        insurer(insurerId).body(Map.of("status", "PAID", "paidFen", 900)).put("/api/v1/insurer/claims/Q-1/status").then().statusCode(200);
        JsonPath match = insurer(insurerId).body(Map.of("asOf", Fixtures.today().toString(), "totals", List.of(
                        Map.of("status", "SUBMITTED", "count", 1, "amountFen", 2000), Map.of("status", "PAID", "count", 1, "amountFen", 900))))
                .post("/api/v1/insurer/reconciliations").then().statusCode(200).extract().jsonPath();
        assertThat(match.getBoolean("matches")).isTrue();
        JsonPath off = insurer(insurerId).body(Map.of("asOf", Fixtures.today().toString(), "totals", List.of(
                        Map.of("status", "SUBMITTED", "count", 1, "amountFen", 2000), Map.of("status", "PAID", "count", 1, "amountFen", 1000))))
                .post("/api/v1/insurer/reconciliations").then().statusCode(200).extract().jsonPath();
        assertThat(off.getBoolean("matches")).isFalse();
        assertThat(off.getString("differences[0].status")).isEqualTo("PAID");
        assertThat(off.getLong("differences[0].ourAmountFen")).isEqualTo(900);
        insurer(insurerId).body(Map.of("asOf", Fixtures.today().plusDays(1).toString(), "totals", List.of(
                Map.of("status", "PAID", "count", 1, "amountFen", 1)))).post("/api/v1/insurer/reconciliations").then().statusCode(400)
                .body("errors[0].field", equalTo("asOf"));
    }

    private long enrolmentOfAnotherInsurer() {
        TestClock.CLOCK.reset();
        long[] other = planWithPeriod(tree.district(), "elsewhere-" + insurerId, "ACCIDENT", false);
        long e = enrol(other[1], Fixtures.member(tree.enterpriseUnion()));
        TestClock.CLOCK.advanceDays(5);
        return e;
    }

}
