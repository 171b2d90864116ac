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
        Plan running = insurancePlan(t.district(), today().minusMonths(2));
        long covered = recordExistingCover(t.district(), running, p.memberId());

        assertThat(idempotent(officer(MEMBERSHIP, t.grassroots())).body(Map.of("reason", "离职")).post("/members/" + p.memberId() + "/leave")
                .then().statusCode(200).extract().jsonPath().getString("status")).isEqualTo("LEFT");

        awaitBody("the card is suspended", () -> member(BENEFITS, p.memberId()).get("/cards/mine"),
                c -> "SUSPENDED".equals(c.getString("status")));
        // cover already running goes on to the period's end; the period starting tomorrow takes the member off its list
        awaitBody("the insurer is told the running cover ends at the period's end",
                () -> insurer(running.insurerId()).get("/insurer/enrolment-changes?since=0"),
                f -> feedHas(running.insurerId(), covered, "ENDS_AT_PERIOD_END"));
        assertThat(feed(running.insurerId()).get(1).get("effectiveOn")).isEqualTo(today().minusMonths(2).plusDays(364).toString());
        awaitBody("the insurer's feed takes the member off the list", () -> insurer(plan.insurerId()).get("/insurer/enrolment-changes?since=0"),
                f -> feedHas(plan.insurerId(), enrolment, "REMOVED"));
        awaitBody("the open hardship file is flagged", () -> officer(ASSISTANCE, t.grassroots()).get("/hardship-files/" + file),
                f -> f.getList("flags").contains("MEMBER_LEFT"));
        assertThat(officer(ASSISTANCE, t.grassroots()).get("/hardship-files/" + file).jsonPath().getString("status"))
                .as("flagged, not closed: a non-member may still be helped").isEqualTo("ACTIVE");
    }
}
