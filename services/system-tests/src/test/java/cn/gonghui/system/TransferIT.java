package cn.gonghui.system;

import static cn.gonghui.system.Sys.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Journey 4: 转会 to another union; the member's records follow in the other services. */
@ExtendWith(SystemStack.class)
class TransferIT {

    @Test
    void aTransferredMembersCardAndReplicaRecordFollowThemToTheNewUnion() {
        Tree t = tree();
        long newUnion = union(t.street(), "ENTERPRISE_UNION");
        Person p = enrol(t.grassroots());
        long card = awaitBody("card issued", () -> member(BENEFITS, p.memberId()).get("/cards/mine"),
                c -> "ACTIVE".equals(c.getString("status"))).getLong("id");
        officer(BENEFITS, t.grassroots()).get("/cards/" + card).then().statusCode(200);
        Plan plan = insurancePlan(t.district());

        long transfer = idempotent(officer(MEMBERSHIP, t.grassroots())).body(Map.of("memberId", p.memberId(), "toUnionId", newUnion, "reason", "调动"))
                .post("/transfers").then().statusCode(201).extract().jsonPath().getLong("id");
        idempotent(officer(MEMBERSHIP, newUnion)).body(Map.of()).post("/transfers/" + transfer + "/accept").then().statusCode(200);

        var moved = awaitBody("the card follows to union " + newUnion, () -> officer(BENEFITS, newUnion).get("/cards/" + card),
                c -> String.valueOf(newUnion).equals(c.getString("unionId")));
        assertThat(moved.getString("status")).isEqualTo("ACTIVE");
        assertProblem(officer(BENEFITS, t.grassroots()).get("/cards/" + card), 404);

        // benefits' organisation replica: only the new union's officer may now enrol the member
        long enrolment = enrolInsurance(newUnion, plan, p.memberId());
        assertThat(enrolment).isPositive();
        assertProblem(idempotent(officer(BENEFITS, t.grassroots())).body(Map.of("periodId", plan.periodId(), "memberId", p.memberId()))
                .post("/insurance/enrolments"), 400);

        // membership itself: the old union no longer sees the member, the new one does
        officer(MEMBERSHIP, newUnion).get("/members/" + p.memberId()).then().statusCode(200);
        assertProblem(officer(MEMBERSHIP, t.grassroots()).get("/members/" + p.memberId()), 404);
    }
}
