package cn.gonghui.mediation.dispute;

import static cn.gonghui.mediation.Fixtures.assign;
import static cn.gonghui.mediation.Fixtures.centre;
import static cn.gonghui.mediation.Fixtures.openCase;
import static cn.gonghui.mediation.Fixtures.today;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import cn.gonghui.mediation.Fixtures;
import cn.gonghui.mediation.TestClock;
import cn.gonghui.testkit.Api;
import cn.gonghui.testkit.OrgTree;
import cn.gonghui.testkit.PersonRegistryStub;
import cn.gonghui.testkit.TestIdentifiers;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 仲裁衔接 with the limitation dates, 撤回, and 立卷 numbered per centre, year and type. */
@QuarkusTest
class ReferralTest {

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

    static final List<Map<String, Object>> CLAIMS = List.of(Map.of("category", "UNPAID_WAGES", "claimedFen", 800_000),
            Map.of("category", "SOCIAL_INSURANCE", "claimedFen", 200_000), Map.of("category", "TERMINATION_COMPENSATION", "claimedFen", 500_000));

    @Test
    void aFailedMediationIsReferredWithOneYearOfLimitationAndNoneForWagesWhileStillEmployed() {
        long id = openCase(centre, Map.of("stillEmployed", true, "claims", CLAIMS));
        assign(id, Fixtures.mediator(centre).id()).then().statusCode(200);
        Api.asAdmin().body(Map.of("reason", "FAILED", "note", "双方分歧较大")).post("/api/v1/cases/" + id + "/referral").then().statusCode(200)
                .body("status", equalTo("REFERRED"), "referredOn", equalTo(today().toString()),
                        "claims[0].limitationOn", nullValue(),
                        "claims[1].limitationOn", equalTo(today().plusYears(1).toString()),
                        "claims[0].paymentOrderQualifies", equalTo(true), "claims[1].paymentOrderQualifies", equalTo(false),
                        "claims[2].paymentOrderQualifies", equalTo(true));
        Api.asAdmin().body(Map.of("reason", "FAILED")).post("/api/v1/cases/" + id + "/referral").then().statusCode(409);
        // the last day for arbitration, then the day after
        TestClock.CLOCK.advanceDays(java.time.temporal.ChronoUnit.DAYS.between(today(), today().plusYears(1)));
        Api.asAdmin().get("/api/v1/cases/" + id).then().body("claims[1].limitationExpired", equalTo(false),
                "claims[0].limitationExpired", equalTo(false));
        TestClock.CLOCK.advanceDays(1);
        Api.asAdmin().get("/api/v1/cases/" + id).then().body("claims[1].limitationExpired", equalTo(true),
                "claims[2].limitationExpired", equalTo(true), "claims[0].limitationExpired", equalTo(false));
    }

    @Test
    void whenTheJobEndedDuringMediationTheWageClaimsLimitationRunsToo() {
        long id = openCase(centre, Map.of("stillEmployed", true, "claims", CLAIMS));
        Api.asAdmin().body(Map.of("reason", "FAILED", "employmentEndedOn", today().plusDays(1).toString()))
                .post("/api/v1/cases/" + id + "/referral").then().statusCode(400).body("errors[0].field", equalTo("employmentEndedOn"));
        Api.asAdmin().body(Map.of("reason", "FAILED", "employmentEndedOn", today().minusDays(2).toString()))
                .post("/api/v1/cases/" + id + "/referral").then().statusCode(200)
                .body("stillEmployed", equalTo(false), "claims[0].limitationOn", equalTo(today().plusYears(1).toString()));
    }

    @Test
    void aMemberWithdrawsTheirOwnCaseWhileItIsInMediation() {
        long member = Fixtures.member(tree.enterpriseUnion());
        String idNumber = TestIdentifiers.idNumber();
        PersonRegistryStub.member(idNumber, member);
        long id = openCase(centre, Map.of("idNumber", idNumber));
        Api.asMember(member).body(Map.of("reason", "已与单位协商解决")).post("/api/v1/cases/" + id + "/withdrawal").then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"), "withdrawnOn", equalTo(today().toString()));
        Api.asMember(member).body(Map.of("reason", "again")).post("/api/v1/cases/" + id + "/withdrawal").then().statusCode(409);
    }

    @Test
    void concludedCasesAreFiledOnceAndNumberedPerCentreYearAndType() {
        long other = centre(tree.street(), "TOWN_CENTRE");
        long a = withdrawn(centre);
        long b = withdrawn(centre);
        long c = withdrawn(centre);
        long d = withdrawn(other);
        long open = openCase(centre, Map.of());
        int year = today().getYear();
        file(open, "FORMAL").then().statusCode(409);
        file(a, "FORMAL").then().statusCode(200).body("fileNumber", equalTo(year + "-F-0001"), "filedOn", equalTo(today().toString()));
        file(b, "SIMPLE").then().statusCode(200).body("fileNumber", equalTo(year + "-S-0001"));
        file(c, "FORMAL").then().statusCode(200).body("fileNumber", equalTo(year + "-F-0002"));
        file(d, "FORMAL").then().statusCode(200).body("fileNumber", equalTo(year + "-F-0001"));
        file(a, "SIMPLE").then().statusCode(409);
    }

    private long withdrawn(long centreId) {
        long id = openCase(centreId, Map.of());
        Api.asAdmin().body(Map.of("reason", "撤回")).post("/api/v1/cases/" + id + "/withdrawal").then().statusCode(200);
        return id;
    }

    private static io.restassured.response.Response file(long id, String type) {
        return Api.asAdmin().body(Map.of("type", type)).post("/api/v1/cases/" + id + "/file");
    }
}
