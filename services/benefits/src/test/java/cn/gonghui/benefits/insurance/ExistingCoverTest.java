package cn.gonghui.benefits.insurance;

import static cn.gonghui.benefits.insurance.InsuranceFixtures.claim;
import static cn.gonghui.benefits.insurance.InsuranceFixtures.insurer;
import static cn.gonghui.benefits.insurance.InsuranceFixtures.planWithPeriod;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasToString;

import cn.gonghui.benefits.Fixtures;
import cn.gonghui.benefits.TestClock;
import cn.gonghui.testkit.Api;
import cn.gonghui.testkit.OrgTree;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** 既有保障登记: cover members already hold, recorded while the period runs, once, by the plan's union, with a reason. */
@QuarkusTest
class ExistingCoverTest {

    @AfterEach
    void resetClock() {
        TestClock.CLOCK.reset();
    }

    private static Map<String, Object> list(Object... memberIds) {
        return Map.of("reason", "2026年度承保名单(保险公司提供)", "memberIds", Arrays.asList(memberIds));
    }

    private static String path(long period) {
        return "/api/v1/insurance/periods/" + period + "/existing-cover";
    }

    @Test
    void existingCoverIsRecordedOnlyFromTheFirstToTheLastDayOfThePeriod() {
        OrgTree.Tree tree = Fixtures.tree();
        long[] plan = planWithPeriod(tree.district(), "ins-ex-" + tree.district() % 1_000_000, "INPATIENT_MEDICAL", false);
        long member = Fixtures.member(tree.enterpriseUnion());
        // the day before cover starts: enrolment still open, so existing cover is refused
        Api.asAdmin().body(list(member)).post(path(plan[1])).then().statusCode(409);
        TestClock.CLOCK.advanceDays(1);
        // the first day of cover: enrolment closed, existing cover taken
        Api.asAdmin().body(Map.of("periodId", plan[1], "memberId", member)).post("/api/v1/insurance/enrolments").then().statusCode(409);
        Api.asAdmin().body(list(member)).post(path(plan[1])).then().statusCode(200).body("recorded.size()", equalTo(1));
        long other = Fixtures.member(tree.enterpriseUnion());
        // its last day (endsOn) is still open, the day after is not
        TestClock.CLOCK.advanceDays(364);
        Api.asAdmin().body(list(other)).post(path(plan[1])).then().statusCode(200).body("recorded[0].alreadyEnrolled", equalTo(false));
        TestClock.CLOCK.advanceDays(1);
        Api.asAdmin().body(list(other)).post(path(plan[1])).then().statusCode(409);
    }

    @Test
    void eachGoodMemberIsEnrolledOnceEachBadOneNamedAndTheRecordingKept() {
        OrgTree.Tree tree = Fixtures.tree();
        String insurerId = "ins-exr-" + tree.district() % 1_000_000;
        long[] plan = planWithPeriod(tree.street(), insurerId, "INPATIENT_MEDICAL", false);
        long member = Fixtures.member(tree.enterpriseUnion());
        long otherStreet = Fixtures.union(tree.district(), "STREET_TOWN_FEDERATION");
        long elsewhere = Fixtures.member(otherStreet);
        TestClock.CLOCK.advanceDays(3);
        JsonPath r = Api.asOfficer(tree.street()).header("Idempotency-Key", "ex-" + insurerId).body(list(member, elsewhere, null, member, 9_999_999_999L))
                .post(path(plan[1])).then().statusCode(200).extract().jsonPath();
        assertThat(r.getList("recorded.index", Integer.class)).containsExactly(0, 3);
        assertThat(r.getList("recorded.alreadyEnrolled", Boolean.class)).containsExactly(false, true);
        assertThat(r.getList("rejected.field", String.class)).containsExactly("memberIds[1]", "memberIds[2]", "memberIds[4]");
        assertThat(r.getInt("record.members")).isEqualTo(1);
        long enrolment = r.getLong("recorded[0].enrolmentId");
        // a resend under the same key answers the same; a new list with the same member adds nothing
        Api.asOfficer(tree.street()).header("Idempotency-Key", "ex-" + insurerId).body(list(member, elsewhere, null, member, 9_999_999_999L))
                .post(path(plan[1])).then().statusCode(200).body("record.id", hasToString(r.getString("record.id")));
        Api.asOfficer(tree.street()).body(list(member)).post(path(plan[1])).then().statusCode(200)
                .body("recorded[0].alreadyEnrolled", equalTo(true), "record.members", equalTo(0));
        // the insurer sees the member once, covered from the period's start
        JsonPath feed = insurer(insurerId).get("/api/v1/insurer/enrolment-changes").then().statusCode(200).extract().jsonPath();
        assertThat(feed.getList("changes.memberId", Long.class)).containsExactly(member);
        assertThat(feed.getString("changes[0].effectiveOn")).isEqualTo(Fixtures.today().minusDays(2).toString());
        Api.asAdmin().get("/api/v1/insurance/enrolments?planId=" + plan[0]).then().body("items.size()", equalTo(1),
                "items[0].existingCoverRecordId", hasToString(r.getString("record.id")),
                "items[0].enteredByUnionId", hasToString(String.valueOf(tree.street())));
        // who recorded it, for which union, why, how many
        JsonPath records = Api.asAdmin().get(path(plan[1])).then().statusCode(200).extract().jsonPath();
        assertThat(records.getList("members", Integer.class)).containsExactly(1, 0);
        assertThat(records.getList("recordedByUnionId", Long.class)).containsOnly(tree.street());
        assertThat(records.getList("reason", String.class)).containsOnly("2026年度承保名单(保险公司提供)");
        assertThat(records.getString("[0].recordedBy")).isNotBlank();
        // the member sees their cover, and the insurer can claim on it
        Api.asMember(member).get("/api/v1/insurance/mine").then().body("enrolments[0].id", hasToString(String.valueOf(enrolment)));
        insurer(insurerId).body(Map.of("claims", List.of(claim("EX-1", enrolment, 80_000)))).post("/api/v1/insurer/claims").then()
                .statusCode(200).body("accepted.size()", equalTo(1));
    }

    @Test
    void onlyThePlansUnionRecordsAndBadListsAreRefusedByField() {
        OrgTree.Tree tree = Fixtures.tree();
        long[] streetPlan = planWithPeriod(tree.street(), "ins-exs-" + tree.district() % 1_000_000, "ACCIDENT", false);
        long member = Fixtures.member(tree.enterpriseUnion());
        long otherStreet = Fixtures.union(tree.district(), "STREET_TOWN_FEDERATION");
        TestClock.CLOCK.advanceDays(1);
        // a unit under the street sees the plan but does not hold its contract; another street does not see it at all
        Api.asOfficer(tree.enterpriseUnion()).body(list(member)).post(path(streetPlan[1])).then().statusCode(403);
        Api.asOfficer(otherStreet).body(list(member)).post(path(streetPlan[1])).then().statusCode(404);
        Api.asOfficer(otherStreet).get(path(streetPlan[1])).then().statusCode(404);
        Api.asMember(member).body(list(member)).post(path(streetPlan[1])).then().statusCode(403);
        Api.asAdmin().body(list(member)).post(path(987_654_321L)).then().statusCode(404);
        Api.asAdmin().body(Map.of("reason", " ", "memberIds", List.of(member))).post(path(streetPlan[1])).then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        Api.asAdmin().body(Map.of("reason", "名单", "memberIds", List.of())).post(path(streetPlan[1])).then().statusCode(400)
                .body("errors[0].field", equalTo("memberIds"));
        Api.asAdmin().body(Map.of("reason", "名单", "memberIds", LongStream.range(0, 1001).boxed().toList())).post(path(streetPlan[1]))
                .then().statusCode(400).body("errors[0].field", equalTo("memberIds"));
        // nothing was stored by the refused calls
        Api.asAdmin().get(path(streetPlan[1])).then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void twoOfficersSendingOverlappingListsAtOnceEnrolEachMemberOnce() throws Exception {
        OrgTree.Tree tree = Fixtures.tree();
        long[] plan = planWithPeriod(tree.district(), "ins-exc-" + tree.district() % 1_000_000, "INPATIENT_MEDICAL", false);
        List<Long> members = Fixtures.members(tree.enterpriseUnion(), 20);
        TestClock.CLOCK.advanceDays(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> sends = new ArrayList<>();
            for (String token : List.of(Api.tokens().officer(tree.district()), Api.tokens().districtAdmin())) {
                sends.add(pool.submit(() -> {
                    start.await();
                    return Api.as(token).body(Map.of("reason", "承保名单", "memberIds", members)).post(path(plan[1])).statusCode();
                }));
            }
            start.countDown();
            for (Future<Integer> f : sends) {
                assertThat(f.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(QuarkusTransaction.requiringNew().call(() -> Enrolment.count("periodId = ?1 and status = ?2", plan[1],
                Enrolment.Status.ENROLLED))).isEqualTo(20);
        JsonPath records = Api.asAdmin().get(path(plan[1])).then().statusCode(200).extract().jsonPath();
        assertThat(records.getList("members", Integer.class)).containsExactlyInAnyOrder(20, 0);
    }

    @Test
    void aMemberWithExistingCoverWhoLeavesIsCoveredToThePeriodsEnd() {
        OrgTree.Tree tree = Fixtures.tree();
        String insurerId = "ins-exl-" + tree.district() % 1_000_000;
        long[] plan = planWithPeriod(tree.district(), insurerId, "INPATIENT_MEDICAL", false);
        long member = Fixtures.member(tree.enterpriseUnion());
        TestClock.CLOCK.advanceDays(30);
        long enrolment = Api.asAdmin().body(list(member)).post(path(plan[1])).then().statusCode(200).extract().jsonPath()
                .getLong("recorded[0].enrolmentId");
        Fixtures.org().publish("MemberLeft", "members/" + member, OrgTree.data().put("memberId", member)
                .put("unionId", tree.enterpriseUnion()).put("leftOn", Fixtures.today().toString()));
        Fixtures.awaitReplica(() -> ((Enrolment) Enrolment.findById(enrolment)).leaving);
        JsonPath feed = insurer(insurerId).get("/api/v1/insurer/enrolment-changes").then().extract().jsonPath();
        assertThat(feed.getList("changes.change", String.class)).containsExactly("ADDED", "ENDS_AT_PERIOD_END");
        assertThat(feed.getString("changes[1].effectiveOn")).isEqualTo(Fixtures.today().minusDays(30).plusDays(365).toString());
    }
}
