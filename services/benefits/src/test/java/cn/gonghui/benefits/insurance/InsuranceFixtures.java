package cn.gonghui.benefits.insurance;

import cn.gonghui.benefits.Fixtures;
import cn.gonghui.testkit.Api;
import io.restassured.specification.RequestSpecification;
import java.util.Map;

/** A plan of an insurer with a period starting tomorrow, and enrolments made through the API. */
final class InsuranceFixtures {

    private InsuranceFixtures() {
    }

    static RequestSpecification insurer(String partnerId) {
        return Api.asPartner("insurer", partnerId);
    }

    /** {planId, periodId}: a plan of unionId for insurerId, cover from tomorrow for a year. */
    static long[] planWithPeriod(long unionId, String insurerId, String kind, boolean womenOnly) {
        long plan = Api.asAdmin().body(Map.of("unionId", unionId, "insurerId", insurerId, "name", "住院医疗互助" + Fixtures.today(), "kind", kind,
                        "premiumFen", 3000, "womenOnly", womenOnly))
                .post("/api/v1/insurance/plans").then().statusCode(201).extract().jsonPath().getLong("id");
        long period = Api.asAdmin().body(Map.of("startsOn", Fixtures.today().plusDays(1).toString(), "endsOn", Fixtures.today().plusDays(365).toString()))
                .post("/api/v1/insurance/plans/" + plan + "/periods").then().statusCode(201).extract().jsonPath().getLong("id");
        return new long[] {plan, period};
    }

    static long enrol(long periodId, long memberId) {
        return Api.asAdmin().body(Map.of("periodId", periodId, "memberId", memberId)).post("/api/v1/insurance/enrolments")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static Map<String, Object> claim(String id, long enrolmentId, long claimedFen) {
        return Map.of("insurerClaimId", id, "enrolmentId", enrolmentId, "incidentOn", Fixtures.today().toString(), "claimedFen", claimedFen,
                "diagnosis", "急性阑尾炎 住院5天");
    }
}
