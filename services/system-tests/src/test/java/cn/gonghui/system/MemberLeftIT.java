package cn.gonghui.system;

import static cn.gonghui.system.Sys.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Journey 3: 退会 in membership reaches the card, the insurer's list and the hardship file. */
@ExtendWith(SystemStack.class)
class MemberLeftIT {

    @Test
    void aMemberWhoLeavesHasTheCardSuspendedTheCoverEndedAndTheOpenHardshipFileFlagged() {
        Tree t = tree();
        Person p = enrol(t.grassroots());
        awaitBody("card issued", () -> member(BENEFITS, p.memberId()).get("/cards/mine"), c -> "ACTIVE".equals(c.getString("status")));
        long file = hardshipFile(t.grassroots(), p.idNumber());
        Plan plan = insurancePlan(t.district());
        long enrolment = enrolInsurance(t.grassroots(), plan, p.memberId());
        assertThat(feedHas(plan.insurerId(), enrolment, "ADDED")).isTrue();

        assertThat(idempotent(officer(MEMBERSHIP, t.grassroots())).body(Map.of("reason", "离职")).post("/members/" + p.memberId() + "/leave")
                .then().statusCode(200).extract().jsonPath().getString("status")).isEqualTo("LEFT");

        awaitBody("the card is suspended", () -> member(BENEFITS, p.memberId()).get("/cards/mine"),
                c -> "SUSPENDED".equals(c.getString("status")));
        // the period starts tomorrow, so the member is taken off the insurer's list (cover already running would
        // run to the period's end: ENDS_AT_PERIOD_END; a real clock cannot start a period inside this suite)
        awaitBody("the insurer's feed takes the member off the list", () -> insurer(plan.insurerId()).get("/insurer/enrolment-changes?since=0"),
                f -> feedHas(plan.insurerId(), enrolment, "REMOVED"));
        awaitBody("the open hardship file is flagged", () -> officer(ASSISTANCE, t.grassroots()).get("/hardship-files/" + file),
                f -> f.getList("flags").contains("MEMBER_LEFT"));
        assertThat(officer(ASSISTANCE, t.grassroots()).get("/hardship-files/" + file).jsonPath().getString("status"))
                .as("flagged, not closed: a non-member may still be helped").isEqualTo("ACTIVE");
    }
}
