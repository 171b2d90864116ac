package cn.gonghui.system;

import static cn.gonghui.system.Sys.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Journey 4: 转会 to another union; the member's records follow in the other services' replicas, and their open
 * hardship file goes to the receiving union.
 */
@ExtendWith(SystemStack.class)
class TransferIT {

    @Test
    void aTransferredMembersCardAndReplicaRecordFollowThemToTheNewUnion() {
        Tree t = tree();
        long newUnion = union(t.street(), "ENTERPRISE_UNION");
        Person p = enrol(t.grassroots());
        long card = awaitBody("card issued", () -> member(BENEFITS, p.memberId()).get("/cards/mine"),
                c -> "ACTIVE".equals(c.getString("status"))).getLong("id");
        awaitStatus("the old union's officer sees the card", 200, () -> officer(BENEFITS, t.grassroots()).get("/cards/" + card));
        Plan plan = insurancePlan(t.district());
        long fund = awaitStatus("assistance knows union " + t.district(), 201, () -> idempotent(fundManager())
                .body(Map.of("unionId", t.district(), "name", "温暖基金" + unique(), "kind", "WARM")).post("/funds")).jsonPath().getLong("id");
        long oldCampaign = campaign(t.grassroots(), fund);
        long newCampaign = campaign(newUnion, fund);
        long file = hardshipFile(t.grassroots(), p.idNumber());

        long transfer = idempotent(officer(MEMBERSHIP, t.grassroots())).body(Map.of("memberId", p.memberId(), "toUnionId", newUnion, "reason", "调动"))
                .post("/transfers").then().statusCode(201).extract().jsonPath().getLong("id");
        idempotent(officer(MEMBERSHIP, newUnion)).body(Map.of()).post("/transfers/" + transfer + "/accept").then().statusCode(200);

        var moved = awaitBody("the card follows to union " + newUnion, () -> officer(BENEFITS, newUnion).get("/cards/" + card),
                c -> String.valueOf(newUnion).equals(c.getString("unionId")));
        assertThat(moved.getString("status")).isEqualTo("ACTIVE");
        assertProblem(officer(BENEFITS, t.grassroots()).get("/cards/" + card), 404);

        // assistance: the open hardship file is the receiving union's to care for now
        awaitStatus("the hardship file follows to union " + newUnion, 200, () -> officer(ASSISTANCE, newUnion).get("/hardship-files/" + file));
        assertProblem(officer(ASSISTANCE, t.grassroots()).get("/hardship-files/" + file), 404);

        // benefits' organisation replica: only the new union's officer may now enrol the member
        long enrolment = enrolInsurance(newUnion, plan, p.memberId());
        assertThat(enrolment).isPositive();
        assertProblem(idempotent(officer(BENEFITS, t.grassroots())).body(Map.of("periodId", plan.periodId(), "memberId", p.memberId()))
                .post("/insurance/enrolments"), 400);

        // assistance's replica: the member may now apply from the phone to the new union's campaigns, not to the old one's
        Map<String, Object> application = Map.of("idNumber", p.idNumber(), "name", "职工", "reason", "家庭困难");
        awaitStatus("assistance sees member " + p.memberId() + " in union " + newUnion, 201,
                () -> idempotent(member(ASSISTANCE, p.memberId())).body(with(application, "campaignId", newCampaign)).post("/grants/self"));
        assertProblem(idempotent(member(ASSISTANCE, p.memberId())).body(with(application, "campaignId", oldCampaign)).post("/grants/self"), 400);

        // mediation's replica: a hazard the member reports from the phone counts in the new union's subtree
        long[] report = new long[1];
        awaitBody("mediation files member " + p.memberId() + "'s reports under union " + newUnion, () -> {
            report[0] = idempotent(member(MEDIATION, p.memberId())).body(Map.of("photoRef", "oss://hazards/" + unique() + ".jpg",
                    "description", "消防通道堵塞")).post("/hazard-reports").then().statusCode(201).extract().jsonPath().getLong("id");
            return officer(MEDIATION, newUnion).get("/hazard-reports?limit=200");
        }, page -> hasId(page, "items.id", report[0]));
        assertThat(hasId(officer(MEDIATION, t.grassroots()).get("/hazard-reports?limit=200").then().statusCode(200).extract().jsonPath(),
                "items.id", report[0])).isFalse();

        // membership itself: the old union no longer sees the member, the new one does
        officer(MEMBERSHIP, newUnion).get("/members/" + p.memberId()).then().statusCode(200);
        assertProblem(officer(MEMBERSHIP, t.grassroots()).get("/members/" + p.memberId()), 404);
    }

    /** A 送温暖 campaign in cash from the district's fund for any worker, run by the union (the district admin sets it up). */
    private static long campaign(long unionId, long fundId) {
        Map<String, Object> body = new HashMap<>(Map.of("unionId", unionId, "name", "送温暖" + unique(), "kind", "WINTER_WARMTH",
                "help", "CASH", "fundId", fundId, "eligibility", "ANY_WORKER", "minAmountFen", 50_000, "budgetFen", 1_000_000,
                "opensOn", today().minusDays(1).toString(), "closesOn", today().plusDays(30).toString()));
        body.put("noticeDays", 5);
        return awaitStatus("assistance knows union " + unionId, 201, () -> idempotent(admin(ASSISTANCE)).body(body).post("/campaigns"))
                .jsonPath().getLong("id");
    }

    private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> more = new HashMap<>(body);
        more.put(key, value);
        return more;
    }
}
