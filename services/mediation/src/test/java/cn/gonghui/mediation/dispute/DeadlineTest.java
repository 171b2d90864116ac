package cn.gonghui.mediation.dispute;

import static cn.gonghui.mediation.Fixtures.assign;
import static cn.gonghui.mediation.Fixtures.centre;
import static cn.gonghui.mediation.Fixtures.openCase;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import cn.gonghui.mediation.Fixtures;
import cn.gonghui.mediation.TestClock;
import cn.gonghui.testkit.Api;
import cn.gonghui.testkit.OrgTree;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The 15 days of Art 14 through the API: the due-soon and overdue lists and the TIMEOUT referral at the exact day and the day after. */
@QuarkusTest
class DeadlineTest {

    OrgTree.Tree tree;
    long centre;

    @BeforeEach
    void setUp() {
        tree = Fixtures.tree();
        centre = centre(tree.street(), "TOWN_CENTRE");
    }

    @AfterEach
    void resetClock() {
        TestClock.CLOCK.reset();
    }

    @Test
    void aCaseIsDueSoonThroughItsFifteenthDayAndOverdueFromTheSixteenth() {
        long id = openCase(centre, Map.of());
        String soon = "/api/v1/cases?unionId=" + tree.street() + "&due=SOON";
        String overdue = "/api/v1/cases?unionId=" + tree.street() + "&due=OVERDUE";
        TestClock.CLOCK.advanceDays(11);
        Api.asAdmin().get(soon).then().statusCode(200).body("items.id", not(hasItem((int) id)));
        TestClock.CLOCK.advanceDays(1);
        Api.asAdmin().get(soon).then().statusCode(200).body("items.id", hasItem((int) id));
        TestClock.CLOCK.advanceDays(3);
        // the 15th day: still due soon, not overdue, no TIMEOUT referral
        Api.asAdmin().get(soon).then().body("items.id", hasItem((int) id));
        Api.asAdmin().get(overdue).then().body("items.id", not(hasItem((int) id)));
        Api.asAdmin().get("/api/v1/cases/" + id).then().body("dueSoon", equalTo(true), "overdue", equalTo(false));
        Api.asAdmin().body(Map.of("reason", "TIMEOUT")).post("/api/v1/cases/" + id + "/referral").then().statusCode(409)
                .body("type", org.hamcrest.Matchers.containsString("invalid-state"));
        // the day after
        TestClock.CLOCK.advanceDays(1);
        Api.asAdmin().get(soon).then().body("items.id", not(hasItem((int) id)));
        Api.asAdmin().get(overdue).then().body("items.id", hasItem((int) id));
        Api.asAdmin().body(Map.of("reason", "TIMEOUT")).post("/api/v1/cases/" + id + "/referral").then().statusCode(200)
                .body("status", equalTo("REFERRED"), "referralReason", equalTo("TIMEOUT"), "overdue", equalTo(false));
        Api.asAdmin().get(overdue).then().body("items.id", not(hasItem((int) id)));
    }

    @Test
    void aCaseGoesToTheMediatorWithTheFewestOpenCasesAndAssignmentNeedsIfMatch() {
        Fixtures.Mediator busy = Fixtures.mediator(centre);
        Fixtures.Mediator free = Fixtures.mediator(centre);
        assign(openCase(centre, Map.of()), busy.id()).then().statusCode(200).body("status", equalTo("IN_MEDIATION"));
        long id = openCase(centre, Map.of());
        Api.asAdmin().body(Map.of()).post("/api/v1/cases/" + id + "/assignment").then().statusCode(428);
        Api.asAdmin().header("If-Match", "\"99\"").body(Map.of()).post("/api/v1/cases/" + id + "/assignment").then().statusCode(412);
        Api.asAdmin().header("If-Match", Fixtures.etag(id)).body(Map.of()).post("/api/v1/cases/" + id + "/assignment").then()
                .statusCode(200).body("mediatorId", equalTo((int) free.id()));
        Api.asAdmin().get("/api/v1/centres/" + centre + "/mediators").then().statusCode(200).body("openCases", equalTo(java.util.List.of(1, 1)));
        // a mediator of another centre is refused
        long other = centre(tree.street(), "TOWN_CENTRE");
        assign(openCase(centre, Map.of()), Fixtures.mediator(other).id()).then().statusCode(400).body("errors[0].field", equalTo("mediatorId"));
    }

    @Test
    void sessionsAreHeldWhileAMediatorHoldsTheCase() {
        Fixtures.Mediator m = Fixtures.mediator(centre);
        long id = openCase(centre, Map.of());
        Map<String, Object> session = Map.of("heldOn", Fixtures.today().toString(), "applicantAttended", true, "respondentAttended", false,
                "notes", "被申请人未到场");
        m.api().body(session).post("/api/v1/cases/" + id + "/sessions").then().statusCode(409);
        assign(id, m.id()).then().statusCode(200);
        m.api().body(session).post("/api/v1/cases/" + id + "/sessions").then().statusCode(201).body("mediatorId", equalTo((int) m.id()));
        m.api().body(Map.of("heldOn", Fixtures.today().plusDays(1).toString(), "notes", "x")).post("/api/v1/cases/" + id + "/sessions")
                .then().statusCode(400).body("errors[0].field", equalTo("heldOn"));
        m.api().get("/api/v1/cases/" + id + "/sessions").then().statusCode(200).body("size()", equalTo(1));
    }
}
