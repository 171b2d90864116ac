package cn.gonghui.benefits.events;

import static cn.gonghui.benefits.Fixtures.activity;

import cn.gonghui.benefits.Fixtures;
import cn.gonghui.testkit.Api;
import cn.gonghui.testkit.EventContracts;
import cn.gonghui.testkit.OrgTree;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Every event benefits publishes reaches benefits.events through the outbox and matches its contract in docs/events/benefits. */
@QuarkusTest
class EventContractsTest {

    static final Set<String> TYPES = Set.of("CardIssued", "CardSuspended", "ActivityJoined", "ClaimSettled");
    static final EventContracts CONTRACTS = EventContracts.of("benefits", TYPES);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void everyPublishedEventMatchesItsDocumentedSchema() throws Exception {
        OrgTree.Tree tree = Fixtures.tree();
        long member = Fixtures.member(tree.enterpriseUnion());
        long card = Api.asMember(member).get("/api/v1/cards/mine").then().extract().jsonPath().getLong("id");
        long signup = Api.asMember(member).post("/api/v1/activities/" + activity(tree.district(), Map.of()) + "/signups")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long claim = settledClaim(tree, Fixtures.member(tree.enterpriseUnion()));
        Fixtures.org().publish("MemberLeft", "members/" + member, OrgTree.data().put("memberId", member)
                .put("unionId", tree.enterpriseUnion()).put("leftOn", Fixtures.today().toString()));

        CONTRACTS.keyedBySubject().assertPublished(bootstrap, List.of("cards/" + card, "signups/" + signup, "claims/" + claim));
    }

    /** A claim of the member, paid: enrolled before cover starts, claimed and paid once it runs. */
    private static long settledClaim(OrgTree.Tree tree, long member) {
        String insurer = "events-" + tree.district() % 1_000_000;
        long plan = Api.asAdmin().body(Map.of("unionId", tree.district(), "insurerId", insurer, "name", "住院医疗", "kind", "INPATIENT_MEDICAL",
                "premiumFen", 3000)).post("/api/v1/insurance/plans").then().statusCode(201).extract().jsonPath().getLong("id");
        long period = Api.asAdmin().body(Map.of("startsOn", Fixtures.today().plusDays(1).toString(), "endsOn", Fixtures.today().plusDays(30).toString()))
                .post("/api/v1/insurance/plans/" + plan + "/periods").then().statusCode(201).extract().jsonPath().getLong("id");
        long enrolment = Api.asAdmin().body(Map.of("periodId", period, "memberId", member)).post("/api/v1/insurance/enrolments")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        cn.gonghui.benefits.TestClock.CLOCK.advanceDays(2);
        try {
            Api.asPartner("insurer", insurer).header("Idempotency-Key", "ev-" + insurer).body(Map.of("claims", List.of(Map.of("insurerClaimId",
                    "E-1", "enrolmentId", enrolment, "incidentOn", Fixtures.today().toString(), "claimedFen", 1000))))
                    .post("/api/v1/insurer/claims").then().statusCode(200);
            Api.asPartner("insurer", insurer).body(Map.of("status", "APPROVED")).put("/api/v1/insurer/claims/E-1/status").then().statusCode(200);
            return Api.asPartner("insurer", insurer).body(Map.of("status", "PAID", "paidFen", 900)).put("/api/v1/insurer/claims/E-1/status")
                    .then().statusCode(200).extract().jsonPath().getLong("id");
        } finally {
            cn.gonghui.benefits.TestClock.CLOCK.reset();
        }
    }

    @Test
    void theDocumentedExamplesMatchTheirSchemas() throws Exception {
        CONTRACTS.assertExamplesMatch();
    }
}
