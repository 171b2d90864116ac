package cn.gonghui.benefits.insurance;

import static cn.gonghui.benefits.insurance.InsuranceFixtures.enrol;
import static cn.gonghui.benefits.insurance.InsuranceFixtures.insurer;
import static cn.gonghui.benefits.insurance.InsuranceFixtures.planWithPeriod;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import cn.gonghui.benefits.Fixtures;
import cn.gonghui.benefits.TestClock;
import cn.gonghui.testkit.Api;
import cn.gonghui.testkit.OrgTree;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The unions' side: enrolment rules, the list fixed when cover starts, leaving members, the member's view, scope. */
@QuarkusTest
class InsuranceTest {

    @AfterEach
    void resetClock() {
        TestClock.CLOCK.reset();
    }

    @Test
    void membersAreEnrolledBeforeCoverStartsOncePerPeriodAndWomenOnlyPlansTakeWomen() {
        OrgTree.Tree tree = Fixtures.tree();
        String insurerId = "ins-" + tree.district() % 1_000_000;
        long[] medical = planWithPeriod(tree.district(), insurerId, "INPATIENT_MEDICAL", false);
        long[] women = planWithPeriod(tree.district(), insurerId, "WOMEN_SPECIAL_ILLNESS", true);
        long man = Fixtures.member(tree.enterpriseUnion(), "MALE", 1985);
        long woman = Fixtures.member(tree.enterpriseUnion(), "FEMALE", 1988);
        // the street enters it for the unit (代录)
        Api.asOfficer(tree.street()).body(Map.of("periodId", medical[1], "memberId", man)).post("/api/v1/insurance/enrolments")
                .then().statusCode(201).body("enteredByUnionId", org.hamcrest.Matchers.hasToString(String.valueOf(tree.street())));
        Api.asOfficer(tree.street()).body(Map.of("periodId", medical[1], "memberId", man)).post("/api/v1/insurance/enrolments").then().statusCode(409);
        Api.asAdmin().body(Map.of("periodId", women[1], "memberId", man)).post("/api/v1/insurance/enrolments").then().statusCode(400)
                .body("errors[0].field", equalTo("memberId"));
        enrol(women[1], woman);
        long otherStreet = Fixtures.union(tree.district(), "STREET_TOWN_FEDERATION");
        Api.asOfficer(otherStreet).body(Map.of("periodId", medical[1], "memberId", woman)).post("/api/v1/insurance/enrolments").then().statusCode(400);
        Api.asOfficer(otherStreet).get("/api/v1/insurance/enrolments").then().statusCode(200).body("items.size()", equalTo(0));
        // once cover starts the list is fixed
        TestClock.CLOCK.advanceDays(1);
        Api.asAdmin().body(Map.of("periodId", medical[1], "memberId", woman)).post("/api/v1/insurance/enrolments").then().statusCode(409);
        Api.asMember(woman).get("/api/v1/insurance/mine").then().statusCode(200).body("enrolments.size()", equalTo(1));
        Api.asMember(man).get("/api/v1/insurance/enrolments").then().statusCode(403);
    }

    @Test
    void aMemberWhoLeavesIsCoveredToThePeriodsEndAndTheInsurerIsTold() {
        OrgTree.Tree tree = Fixtures.tree();
        String insurerId = "ins-left-" + tree.district() % 1_000_000;
        long[] medical = planWithPeriod(tree.district(), insurerId, "INPATIENT_MEDICAL", false);
        long member = Fixtures.member(tree.enterpriseUnion());
        long enrolment = enrol(medical[1], member);
        TestClock.CLOCK.advanceDays(10);
        Fixtures.org().publish("MemberLeft", "members/" + member, OrgTree.data().put("memberId", member)
                .put("unionId", tree.enterpriseUnion()).put("leftOn", Fixtures.today().toString()));
        Fixtures.awaitReplica(() -> ((Enrolment) Enrolment.findById(enrolment)).leaving);
        var feed = insurer(insurerId).get("/api/v1/insurer/enrolment-changes").then().statusCode(200).extract().jsonPath();
        assertThat(feed.getList("changes.change", String.class)).containsExactly("ADDED", "ENDS_AT_PERIOD_END");
        assertThat(feed.getString("changes[1].effectiveOn")).isEqualTo(Fixtures.today().minusDays(10).plusDays(365).toString());
        Api.asAdmin().get("/api/v1/insurance/enrolments?planId=" + medical[0]).then().body("items[0].status", equalTo("ENROLLED"),
                "items[0].leaving", equalTo(true));
    }

    @Test
    void anEnrolmentIsWithdrawnOnlyBeforeCoverStarts() {
        OrgTree.Tree tree = Fixtures.tree();
        String insurerId = "ins-w-" + tree.district() % 1_000_000;
        long[] plan = planWithPeriod(tree.district(), insurerId, "ACCIDENT", false);
        List<Long> members = Fixtures.members(tree.enterpriseUnion(), 2);
        long first = enrol(plan[1], members.get(0));
        long second = enrol(plan[1], members.get(1));
        Api.asAdmin().post("/api/v1/insurance/enrolments/" + first + "/withdrawal").then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        TestClock.CLOCK.advanceDays(1);
        Api.asAdmin().post("/api/v1/insurance/enrolments/" + second + "/withdrawal").then().statusCode(409);
        insurer(insurerId).get("/api/v1/insurer/enrolment-changes").then().body("changes.change", hasItem("REMOVED"));
    }

    @Test
    void coverAndItsClaimsFollowATransferredMemberWhereThePlanCoversTheNewUnionAndEndOtherwise() {
        OrgTree.Tree tree = Fixtures.tree();
        String insurerId = "ins-t-" + tree.district() % 1_000_000;
        long[] districtPlan = planWithPeriod(tree.district(), insurerId, "INPATIENT_MEDICAL", false);
        long[] streetPlan = planWithPeriod(tree.street(), insurerId, "ACCIDENT", false);
        long member = Fixtures.member(tree.enterpriseUnion());
        long staying = enrol(districtPlan[1], member);
        long ending = enrol(streetPlan[1], member);
        TestClock.CLOCK.advanceDays(1);
        long claim = insurer(insurerId).body(Map.of("claims", List.of(InsuranceFixtures.claim("T-" + member, staying, 90_000))))
                .post("/api/v1/insurer/claims").then().statusCode(200).extract().jsonPath().getLong("accepted[0].claimId");
        long otherStreet = Fixtures.union(tree.district(), "STREET_TOWN_FEDERATION");
        long newUnit = Fixtures.union(otherStreet, "ENTERPRISE_UNION");
        Fixtures.org().publish("MemberTransferred", "members/" + member, OrgTree.data().put("memberId", member).put("transferId", 1)
                .put("fromUnionId", tree.enterpriseUnion()).put("toUnionId", newUnit).putNull("enterpriseId").put("parked", false));
        Fixtures.awaitReplica(() -> ((Enrolment) Enrolment.findById(staying)).unionId == newUnit);
        // the district's plan covers the new unit: the cover and its claim are the new street's to see, not the old one's
        Api.asOfficer(otherStreet).get("/api/v1/insurance/enrolments?planId=" + districtPlan[0]).then().statusCode(200)
                .body("items.id", hasItem(org.hamcrest.Matchers.hasToString(String.valueOf(staying))));
        Api.asOfficer(tree.street()).get("/api/v1/insurance/enrolments?planId=" + districtPlan[0]).then().body("items.size()", equalTo(0));
        assertThat(QuarkusTransaction.requiringNew().call(() -> ((Claim) Claim.findById(claim)).unionId)).isEqualTo(newUnit);
        // the old street's plan does not cover the new unit: its cover runs to the period's end and is not renewed
        assertThat(QuarkusTransaction.requiringNew().call(() -> ((Enrolment) Enrolment.findById(ending)).leaving)).isTrue();
        var feed = insurer(insurerId).get("/api/v1/insurer/enrolment-changes").then().extract().jsonPath();
        assertThat(feed.getList("changes.change", String.class)).containsExactly("ADDED", "ADDED", "ENDS_AT_PERIOD_END");
        assertThat(feed.getString("changes[2].enrolmentId")).isEqualTo(String.valueOf(ending));
    }
}
