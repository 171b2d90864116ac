package cn.gonghui.system;

import static cn.gonghui.system.Sys.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Journey 6: the insurer syncs enrolments and claims; a large medical claim paid becomes a hardship lead. */
@ExtendWith(SystemStack.class)
class InsurerIT {

    @Test
    void theInsurerReadsEnrolmentsFromTheFeedAndAResentClaimBatchIsAnsweredOnce() {
        Tree t = tree();
        Person p = enrol(t.grassroots());
        Plan plan = insurancePlan(t.district());
        long enrolment = enrolInsurance(t.grassroots(), plan, p.memberId());

        var page = insurer(plan.insurerId()).get("/insurer/enrolment-changes?since=0").then().statusCode(200).extract().jsonPath();
        assertThat(page.getList("changes.enrolmentId", Long.class)).containsExactly(enrolment);
        assertThat(page.getString("changes[0].change")).isEqualTo("ADDED");
        assertThat(page.getString("changes[0].effectiveOn")).isEqualTo(today().plusDays(1).toString());
        // replayable: the same cursor gives the same page; the next cursor gives nothing new
        assertThat(insurer(plan.insurerId()).get("/insurer/enrolment-changes?since=0").jsonPath().getList("changes"))
                .isEqualTo(page.getList("changes"));
        assertThat(insurer(plan.insurerId()).get("/insurer/enrolment-changes?since=" + page.getLong("nextCursor"))
                .then().statusCode(200).extract().jsonPath().getList("changes")).isEmpty();
        // another insurer sees none of it
        assertThat(feed("insurer-other-" + unique())).isEmpty();

        // a batch resent with its key (a timeout on the insurer's side) is answered as the first time, nothing twice.
        // A claim is accepted only for cover that has started, which a system started today cannot have: benefits'
        // InsurerApiTest pays claims on a movable clock; here the batch is refused claim by claim, the same way twice
        String key = UUID.randomUUID().toString();
        Map<String, Object> batch = Map.of("claims", List.of(
                Map.of("insurerClaimId", "PA-" + unique(), "enrolmentId", enrolment, "incidentOn", today().toString(), "claimedFen", 800_000,
                        "diagnosis", "急性阑尾炎 住院5天"),
                Map.of("insurerClaimId", "PA-" + unique(), "enrolmentId", enrolment, "incidentOn", today().toString(), "claimedFen", -1,
                        "diagnosis", "骨折")));
        Response first = insurer(plan.insurerId()).header("Idempotency-Key", key).body(batch).post("/insurer/claims");
        Response again = insurer(plan.insurerId()).header("Idempotency-Key", key).body(batch).post("/insurer/claims");
        assertThat(again.statusCode()).isEqualTo(first.statusCode());
        assertThat(again.jsonPath().getMap("")).isEqualTo(first.jsonPath().getMap(""));
        // cover starts tomorrow, so today's incident is refused by field, and so is a negative amount; nothing is stored
        assertThat(first.jsonPath().getList("rejected.field")).containsExactly("claims[0].incidentOn", "claims[1].claimedFen");
        assertThat(first.jsonPath().getList("accepted")).isEmpty();
        assertThat(insurer(plan.insurerId()).get("/insurer/claims?limit=100").then().statusCode(200).extract().jsonPath().getList("items")).isEmpty();
    }

    @Test
    void aLargeMedicalClaimTheInsurerPaysBecomesAHardshipLeadAndFlagsTheOpenFile() {
        Tree t = tree();
        Person p = enrol(t.grassroots());
        long file = hardshipFile(t.grassroots(), p.idNumber());
        // the member's cover began last month, before the district moved onto Gonghui: its officer records it
        Plan plan = insurancePlan(t.district(), today().minusMonths(1));
        long enrolment = recordExistingCover(t.district(), plan, p.memberId());
        assertThat(feedHas(plan.insurerId(), enrolment, "ADDED")).isTrue();

        String claimId = "PA-" + unique();
        Map<String, Object> batch = Map.of("claims", List.of(Map.of("insurerClaimId", claimId, "enrolmentId", enrolment,
                "incidentOn", today().minusDays(5).toString(), "claimedFen", 6_000_000, "diagnosis", "急性心肌梗死 住院12天")));
        var answer = insurer(plan.insurerId()).header("Idempotency-Key", UUID.randomUUID().toString()).body(batch).post("/insurer/claims")
                .then().statusCode(200).extract().jsonPath();
        assertThat(answer.getList("rejected")).as(answer.prettify()).isEmpty();
        insurer(plan.insurerId()).body(Map.of("status", "APPROVED")).put("/insurer/claims/" + claimId + "/status").then().statusCode(200);
        insurer(plan.insurerId()).body(Map.of("status", "PAID", "paidFen", 6_000_000)).put("/insurer/claims/" + claimId + "/status")
                .then().statusCode(200);

        // benefits publishes ClaimSettled; assistance raises a lead for the member's union and flags the open file
        awaitBody("a hardship lead for member " + p.memberId(), () -> officer(ASSISTANCE, t.street()).get("/hardship-files/leads"),
                page -> hasId(page, "items.memberId", p.memberId()));
        awaitBody("the open file flagged", () -> officer(ASSISTANCE, t.grassroots()).get("/hardship-files/" + file),
                f -> f.getList("flags").contains("LARGE_MEDICAL_CLAIM"));
        // the member sees the claim paid on the phone
        assertThat(member(BENEFITS, p.memberId()).get("/insurance/mine").jsonPath().getString("claims[0].status")).isEqualTo("PAID");
    }
}
