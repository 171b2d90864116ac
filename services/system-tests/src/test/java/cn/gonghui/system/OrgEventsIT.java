package cn.gonghui.system;

import static cn.gonghui.system.Sys.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Journey 1: the unions and enterprises made in membership reach every service's organisation replica. */
@ExtendWith(SystemStack.class)
class OrgEventsIT {

    @Test
    void aNewTreeAndItsEnterpriseReachBargainingMediationAssistanceAndBenefits() {
        Tree t = tree();

        // an officer of the new union is refused (403, union unknown) until the replica has it
        var bargaining = awaitBody("bargaining knows union " + t.grassroots() + " and its enterprise",
                () -> officer(BARGAINING, t.grassroots()).get("/stats/bargaining?unionId=" + t.grassroots() + "&" + period()),
                page -> page.getInt("coverage.coveredEnterprises") == 1);
        assertThat(bargaining.getInt("coverage.enterprisesOver100")).as("the enterprise of 150 staff").isEqualTo(1);

        long centre = awaitStatus("mediation knows union " + t.street(), 201,
                () -> idempotent(officer(MEDIATION, t.street())).body(Map.of("unionId", t.street(), "name", "调解中心" + unique(), "kind", "TOWN_CENTRE"))
                        .post("/centres")).jsonPath().getLong("id");
        assertThat(centre).isPositive();

        awaitStatus("assistance knows union " + t.grassroots(), 200,
                () -> officer(ASSISTANCE, t.grassroots()).get("/stats/assistance?unionId=" + t.grassroots() + "&" + period()));
        awaitStatus("benefits knows union " + t.grassroots(), 201,
                () -> idempotent(officer(BENEFITS, t.grassroots())).body(activity(t.grassroots())).post("/activities"));

        // the district's subtree now holds the street and the grassroots union in every replica
        officer(ASSISTANCE, t.district()).get("/stats/assistance?unionId=" + t.grassroots() + "&" + period()).then().statusCode(200);
        officer(MEDIATION, t.district()).get("/stats/mediation?unionId=" + t.street() + "&" + period()).then().statusCode(200);
        officer(BENEFITS, t.street()).get("/stats/benefits?unionId=" + t.grassroots() + "&" + period()).then().statusCode(200);
    }

    static Map<String, Object> activity(long unionId) {
        return Map.of("unionId", unionId, "title", "职工书画班" + unique(), "category", "CULTURE", "audience", "MEMBERS",
                "membersOnly", true, "signupOpensOn", today().minusDays(1).toString(), "signupClosesOn", today().plusDays(5).toString(),
                "startsOn", today().toString(), "endsOn", today().plusDays(10).toString());
    }
}
