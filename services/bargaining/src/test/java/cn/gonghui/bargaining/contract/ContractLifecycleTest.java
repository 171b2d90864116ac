package cn.gonghui.bargaining.contract;

import static cn.gonghui.bargaining.Fixtures.covered;
import static cn.gonghui.bargaining.Fixtures.effective;
import static cn.gonghui.bargaining.Fixtures.enterprise;
import static cn.gonghui.bargaining.Fixtures.offer;
import static cn.gonghui.bargaining.Fixtures.offered;
import static cn.gonghui.bargaining.Fixtures.post;
import static cn.gonghui.bargaining.Fixtures.round;
import static cn.gonghui.bargaining.Fixtures.signed;
import static cn.gonghui.bargaining.Fixtures.today;
import static cn.gonghui.bargaining.Fixtures.vote;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import cn.gonghui.bargaining.Fixtures;
import cn.gonghui.bargaining.TestClock;
import cn.gonghui.testkit.Api;
import cn.gonghui.testkit.OrgTree;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 要约 → 协商 → 职代会 → 签字 → 报送 → 审查/生效 → 续签, through the API, each legal deadline at its boundary. */
@QuarkusTest
class ContractLifecycleTest {

    @Inject
    ContractCalendar calendar;

    OrgTree.Tree tree;
    long enterprise;

    @BeforeEach
    void setUp() {
        tree = Fixtures.tree();
        enterprise = enterprise(tree.enterpriseUnion());
    }

    @AfterEach
    void resetClock() {
        TestClock.CLOCK.reset();
    }

    List<Map<String, Object>> one() {
        return List.of(covered(enterprise, 100));
    }

    @Test
    void aContractGoesFromOfferToEffectThroughEveryLegalStep() {
        long id = Api.asOfficer(tree.street()).body(Map.of("unionId", tree.enterpriseUnion(), "kind", "WAGE", "scope", "SINGLE",
                        "title", "2026年工资专项集体合同", "initiator", "UNION", "enterprises", one()))
                .post("/api/v1/contracts").then().statusCode(201)
                .body("status", equalTo("OFFERED"), "answerDueOn", equalTo(today().plusDays(20).toString()),
                        "allowedNext", equalTo(List.of("answer", "withdrawal")), "deadlines[0].what", equalTo("ANSWER"),
                        "deadlines[0].legalBasis", equalTo("集体合同规定 Art 32"), "deadlines[0].overdue", equalTo(false),
                        "workersCovered", equalTo(100))
                .extract().jsonPath().getLong("id");
        post(id, "answer", Map.of("accepted", true)).then().statusCode(200).body("status", equalTo("NEGOTIATING"), "answeredLate", equalTo(false));

        // Art 19: 3 to 10 a side, equal sides
        post(id, "rounds", round(2, 2, today())).then().statusCode(400).body("errors[0].field", equalTo("unionNegotiators"));
        post(id, "rounds", round(5, 4, today())).then().statusCode(400).body("errors[0].field", equalTo("employerNegotiators"));
        post(id, "rounds", round(3, 3, today())).then().statusCode(201).body("roundNo", equalTo(1));
        post(id, "rounds", round(10, 10, today())).then().statusCode(201).body("roundNo", equalTo(2));
        Api.asAdmin().get("/api/v1/contracts/" + id + "/rounds").then().statusCode(200).body("unionNegotiators", equalTo(List.of(3, 10)));

        // Art 36: 2/3 present, more than half of ALL representatives
        post(id, "congress-votes", vote(30, 19, 19)).then().statusCode(201).body("outcome", equalTo("NO_QUORUM"),
                "contractStatus", equalTo("NEGOTIATING"));
        post(id, "congress-votes", vote(30, 20, 15)).then().statusCode(201).body("outcome", equalTo("REJECTED"),
                "contractStatus", equalTo("NEGOTIATING"));
        post(id, "congress-votes", vote(30, 20, 16)).then().statusCode(201).body("outcome", equalTo("ADOPTED"),
                "contractStatus", equalTo("ADOPTED"));
        Api.asAdmin().get("/api/v1/contracts/" + id + "/congress-votes").then().statusCode(200)
                .body("outcome", equalTo(List.of("NO_QUORUM", "REJECTED", "ADOPTED")));

        // Art 38: 1 to 3 years
        post(id, "signing", Map.of("termMonths", 37)).then().statusCode(400).body("errors[0].field", equalTo("termMonths"));
        post(id, "signing", Map.of("termMonths", 36)).then().statusCode(200).body("status", equalTo("SIGNED"),
                "expiresOn", equalTo(today().plusMonths(36).minusDays(1).toString()),
                "filingDueOn", equalTo(today().plusDays(10).toString()), "allowedNext", equalTo(List.of("filing")));
        post(id, "filing", Map.of("bureau", "大兴区人力资源和社会保障局")).then().statusCode(200).body("status", equalTo("FILED"),
                "filedLate", equalTo(false), "reviewEndsOn", equalTo(today().plusDays(15).toString()));
        post(id, "review", Map.of("outcome", "APPROVED")).then().statusCode(200).body("status", equalTo("EFFECTIVE"),
                "effectiveOn", equalTo(today().toString()), "inForceFrom", equalTo(today().toString()), "deemedEffective", equalTo(false),
                "deadlines.what", hasItem("EXPIRY"));
        Api.asAdmin().get("/api/v1/contracts/" + id).then().statusCode(200).header("ETag", notNullValue());
    }

    @Test
    void offersUnansweredPastTheirTwentiethDayAreListedOverdueAndALateAnswerIsRecordedAsLate() {
        long day20 = offered(tree.enterpriseUnion(), one(), Map.of("offeredOn", today().minusDays(20).toString()));
        long day21 = offered(tree.enterpriseUnion(), one(), Map.of("offeredOn", today().minusDays(21).toString()));
        Api.asOfficer(tree.street()).get("/api/v1/contracts?overdue=ANSWER&unionId=" + tree.street()).then().statusCode(200)
                .body("items.id", equalTo(List.of((int) day21)), "items[0].deadlines[0].overdue", equalTo(true));
        Api.asAdmin().get("/api/v1/contracts/" + day20).then().body("deadlines[0].overdue", equalTo(false));

        post(day20, "answer", Map.of("accepted", true)).then().statusCode(200).body("answeredLate", equalTo(false));
        post(day21, "answer", Map.of("accepted", false)).then().statusCode(200).body("answeredLate", equalTo(true),
                "status", equalTo("REFUSED"), "allowedNext", empty());
        Api.asAdmin().get("/api/v1/contracts?overdue=ANSWER&unionId=" + tree.street()).then().body("items", empty());
    }

    @Test
    void signedContractsNotFiledByTheirTenthDayAreListedLate() {
        long day10 = signed(tree.enterpriseUnion(), one(), Map.of(), 10, 24);
        long day11 = signed(tree.enterpriseUnion(), one(), Map.of(), 11, 24);
        Api.asAdmin().get("/api/v1/contracts?overdue=FILING&unionId=" + tree.street()).then().statusCode(200)
                .body("items.id", equalTo(List.of((int) day11)));
        post(day10, "filing", Map.of("bureau", "区人社局")).then().statusCode(200).body("filedLate", equalTo(false));
        post(day11, "filing", Map.of("bureau", "区人社局")).then().statusCode(200).body("filedLate", equalTo(true),
                "deadlines.find { it.what == 'FILING' }.done", equalTo(true));
    }

    @Test
    void theBureauObjectsThroughDayFifteenAndTheScheduledJobMakesTheContractEffectiveOnDaySixteen() {
        long objected = signed(tree.enterpriseUnion(), one(), Map.of(), 1, 24);
        long deemed = signed(tree.enterpriseUnion(), one(), Map.of(), 1, 24);
        LocalDate filedOn = today();
        post(objected, "filing", Map.of("bureau", "区人社局")).then().statusCode(200);
        post(deemed, "filing", Map.of("bureau", "区人社局")).then().statusCode(200);

        TestClock.CLOCK.advanceDays(15);
        post(objected, "review", Map.of("outcome", "OBJECTION", "notes", "工资增长条款违反最低工资规定")).then().statusCode(200)
                .body("status", equalTo("NEGOTIATING"), "signedOn", equalTo(null));
        calendar.run();
        Api.asAdmin().get("/api/v1/contracts/" + deemed).then().body("status", equalTo("FILED"));

        TestClock.CLOCK.advanceDays(1);
        post(deemed, "review", Map.of("outcome", "OBJECTION")).then().statusCode(409)
                .body("detail", containsString("took effect on " + filedOn.plusDays(16)));
        calendar.run();
        Api.asAdmin().get("/api/v1/contracts/" + deemed).then().statusCode(200).body("status", equalTo("EFFECTIVE"),
                "deemedEffective", equalTo(true), "effectiveOn", equalTo(filedOn.plusDays(16).toString()));
        // the objected draft is voted, signed and filed again
        post(objected, "congress-votes", vote(30, 25, 20)).then().statusCode(201).body("contractStatus", equalTo("ADOPTED"));
        post(objected, "signing", Map.of("termMonths", 12)).then().statusCode(200).body("status", equalTo("SIGNED"));
    }

    @Test
    void aRenewalIsOfferedFromThreeMonthsBeforeExpiryOnceAndListedUntilThen() {
        long old = effective(tree.enterpriseUnion(), one(), Map.of(), 40, 12);
        LocalDate opens = LocalDate.parse(Api.asAdmin().get("/api/v1/contracts/" + old).then().extract().jsonPath().getString("renewalOpensOn"));
        post(old, "renewal", Map.of()).then().statusCode(409).body("detail", containsString("may be offered from " + opens));
        Api.asAdmin().get("/api/v1/contracts?renewalDue=true&unionId=" + tree.street()).then().body("items", empty());

        TestClock.CLOCK.today(opens);
        Api.asAdmin().get("/api/v1/contracts?renewalDue=true&unionId=" + tree.street()).then().body("items.id", equalTo(List.of((int) old)));
        long renewal = post(old, "renewal", Map.of()).then().statusCode(201).body("renewsId", equalTo((int) old),
                "status", equalTo("OFFERED"), "enterprises[0].enterpriseId", equalTo(enterprise)).extract().jsonPath().getLong("id");
        post(old, "renewal", Map.of()).then().statusCode(409).body("detail", containsString("already being renewed by contract " + renewal));
        Api.asAdmin().get("/api/v1/contracts?renewalDue=true&unionId=" + tree.street()).then().body("items", empty());

        post(renewal, "answer", Map.of("accepted", true)).then().statusCode(200);
        post(renewal, "rounds", round(4, 4, today())).then().statusCode(201);
        post(renewal, "congress-votes", vote(50, 40, 26)).then().statusCode(201).body("outcome", equalTo("ADOPTED"));
        post(renewal, "signing", Map.of("termMonths", 36)).then().statusCode(200);
        Api.asAdmin().get("/api/v1/stats/bargaining?unionId=" + tree.district() + "&from=" + today() + "&to=" + today()).then()
                .statusCode(200).body("flows.renewalsSigned", equalTo(1), "flows.signed", equalTo(1));
    }

    @Test
    void aRenewalDriveOffersToRenewEveryContractDueOnceEvenWhenRunAgain() {
        long soon = effective(tree.enterpriseUnion(), one(), Map.of(), 40, 12);
        long later = effective(tree.enterpriseUnion(), one(), Map.of("kind", "COMPREHENSIVE"), 40, 24);
        Map<String, Object> drive = Map.of("unionId", tree.street());
        Api.asAdmin().body(drive).post("/api/v1/contracts/renewal-drive").then().statusCode(200).body("", empty());

        TestClock.CLOCK.today(renewalOpensOn(soon));
        Api.asOfficer(tree.street()).body(drive).post("/api/v1/contracts/renewal-drive").then().statusCode(200)
                .body("renewsId", equalTo(List.of((int) soon)), "status", equalTo(List.of("OFFERED")));
        Api.asOfficer(tree.street()).body(drive).post("/api/v1/contracts/renewal-drive").then().statusCode(200).body("", empty());

        // past its last day, and expired by the job: an expired contract not renewed is due too
        String expires = Api.asAdmin().get("/api/v1/contracts/" + later).then().extract().jsonPath().getString("expiresOn");
        TestClock.CLOCK.today(LocalDate.parse(expires).plusDays(1));
        calendar.run();
        Api.asAdmin().get("/api/v1/contracts/" + later).then().body("status", equalTo("EXPIRED"), "expiredOn",
                equalTo(LocalDate.parse(expires).plusDays(1).toString()));
        Api.asAdmin().body(drive).post("/api/v1/contracts/renewal-drive").then().statusCode(200)
                .body("renewsId", equalTo(List.of((int) later)));
        long otherStreet = Fixtures.union(tree.district(), "STREET_TOWN_FEDERATION");
        Api.asOfficer(otherStreet).body(drive).post("/api/v1/contracts/renewal-drive").then().statusCode(400)
                .body("errors[0].field", equalTo("unionId"));
    }

    static LocalDate renewalOpensOn(long id) {
        return LocalDate.parse(Api.asAdmin().get("/api/v1/contracts/" + id).then().extract().jsonPath().getString("renewalOpensOn"));
    }

    @Test
    void aStepNotAllowedFromTheStateIsA409NamingTheStateAndTheStepsAllowedNext() {
        long id = offered(tree.enterpriseUnion(), one(), Map.of());
        post(id, "signing", Map.of("termMonths", 12)).then().statusCode(409).body("type", containsString("invalid-state"),
                "detail", containsString("is OFFERED: signing is not allowed; allowed next: answer, withdrawal"));
        post(id, "filing", Map.of("bureau", "局")).then().statusCode(409).body("detail", containsString("OFFERED"));
        post(id, "review", Map.of("outcome", "APPROVED")).then().statusCode(409);
        post(id, "congress-votes", vote(30, 30, 30)).then().statusCode(409);
        post(id, "renewal", Map.of()).then().statusCode(409);
        post(id, "withdrawal", Map.of("reason", "企业改制")).then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        post(id, "answer", Map.of("accepted", true)).then().statusCode(409).body("detail", containsString("allowed next: none"));
    }

    @Test
    void theEnterprisesMustSitUnderTheBargainingUnionWithNoMoreWorkersThanTheirHeadcount() {
        long otherStreet = Fixtures.union(tree.district(), "STREET_TOWN_FEDERATION");
        long elsewhere = enterprise(otherStreet);
        offer(tree.enterpriseUnion(), List.of(covered(999_999_999_999L, 10)), Map.of()).then().statusCode(400)
                .body("errors[0].field", equalTo("enterprises[0].enterpriseId"));
        offer(tree.street(), List.of(covered(enterprise, 10), covered(elsewhere, 10)), Map.of()).then().statusCode(400)
                .body("errors[0].field", equalTo("enterprises[1].enterpriseId"), "detail", containsString("not under union"));
        offer(tree.enterpriseUnion(), List.of(covered(enterprise, 121)), Map.of()).then().statusCode(400)
                .body("errors[0].field", equalTo("enterprises[0].workers"));
        long covering = offer(tree.enterpriseUnion(), List.of(covered(enterprise, 120)), Map.of()).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        Api.asAdmin().get("/api/v1/contracts?enterpriseId=" + enterprise).then().statusCode(200).body("items.id", equalTo(List.of((int) covering)));
        Api.asAdmin().get("/api/v1/contracts?enterpriseId=" + elsewhere).then().statusCode(200).body("items", empty());
        offer(tree.street(), List.of(covered(enterprise, 10), covered(enterprise, 10)), Map.of()).then().statusCode(400)
                .body("errors[0].field", equalTo("enterprises[1].enterpriseId"));
        offer(tree.street(), List.of(covered(enterprise, 10), covered(enterprise(tree.enterpriseUnion()), 10)), Map.of("scope", "SINGLE"))
                .then().statusCode(400).body("errors[0].field", equalTo("enterprises"));
        offer(tree.enterpriseUnion(), one(), Map.of("offeredOn", today().plusDays(1).toString())).then().statusCode(400)
                .body("errors[0].field", equalTo("offeredOn"));
    }

    @Test
    void anOfficerOfAnotherSubtreeGets404ByIdNothingInListsAnd403InStats() {
        long id = offered(tree.enterpriseUnion(), one(), Map.of());
        long otherStreet = Fixtures.union(tree.district(), "STREET_TOWN_FEDERATION");
        Api.asOfficer(otherStreet).get("/api/v1/contracts/" + id).then().statusCode(404);
        Api.asOfficer(otherStreet).body(Map.of("accepted", true)).post("/api/v1/contracts/" + id + "/answer").then().statusCode(404);
        Api.asOfficer(otherStreet).get("/api/v1/contracts").then().statusCode(200).body("items.id", not(hasItem((int) id)));
        Api.asOfficer(otherStreet).get("/api/v1/contracts?unionId=" + tree.street()).then().statusCode(400)
                .body("errors[0].field", equalTo("unionId"));
        Api.asOfficer(otherStreet).get("/api/v1/stats/bargaining?unionId=" + tree.street()).then().statusCode(403);
        Api.asOfficer(otherStreet).body(Map.of("unionId", tree.enterpriseUnion(), "kind", "WAGE", "scope", "SINGLE", "title", "x",
                "initiator", "UNION", "enterprises", one())).post("/api/v1/contracts").then().statusCode(400)
                .body("errors[0].field", equalTo("unionId"));
        Api.asOfficer(tree.street()).get("/api/v1/contracts/" + id).then().statusCode(200);
    }

    @Test
    void aRetriedOfferWithTheSameIdempotencyKeyMakesOneContract() {
        Map<String, Object> body = Map.of("unionId", tree.enterpriseUnion(), "kind", "WOMEN_WORKERS", "scope", "SINGLE",
                "title", "女职工权益保护专项集体合同", "initiator", "EMPLOYER", "enterprises", one());
        String key = "offer-" + Fixtures.id();
        long first = Api.asAdmin().header("Idempotency-Key", key).body(body).post("/api/v1/contracts").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        long again = Api.asAdmin().header("Idempotency-Key", key).body(body).post("/api/v1/contracts").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        assertThat(again).isEqualTo(first);
    }
}
