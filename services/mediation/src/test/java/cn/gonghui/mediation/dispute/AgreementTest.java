package cn.gonghui.mediation.dispute;

import static cn.gonghui.mediation.Fixtures.agree;
import static cn.gonghui.mediation.Fixtures.assign;
import static cn.gonghui.mediation.Fixtures.centre;
import static cn.gonghui.mediation.Fixtures.openCase;
import static cn.gonghui.mediation.Fixtures.pay;
import static cn.gonghui.mediation.Fixtures.read;
import static cn.gonghui.mediation.Fixtures.term;
import static cn.gonghui.mediation.Fixtures.today;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import cn.gonghui.mediation.Fixtures;
import cn.gonghui.mediation.TestClock;
import cn.gonghui.testkit.Api;
import cn.gonghui.testkit.OrgTree;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 调解协议: terms per claim with instalments, the three signatures, the payments ledger, closure, and the payment order. */
@QuarkusTest
class AgreementTest {

    OrgTree.Tree tree;
    long centre;
    Fixtures.Mediator mediator;

    @BeforeEach
    void setUp() {
        tree = Fixtures.tree();
        centre = centre(tree.street(), "TOWN_CENTRE");
        mediator = Fixtures.mediator(centre);
    }

    @AfterEach
    void resetClock() {
        TestClock.CLOCK.reset();
    }

    long caseWithTwoClaims() {
        long id = openCase(centre, Map.of("claims", List.of(Map.of("category", "UNPAID_WAGES", "claimedFen", 1_000_000),
                Map.of("category", "OVERTIME", "claimedFen", 400_000))));
        assign(id, mediator.id()).then().statusCode(200);
        return id;
    }

    @Test
    void theAgreementBindsWhenBothPartiesAndTheCasesMediatorHaveSigned() {
        long id = caseWithTwoClaims();
        JsonPath c = read(id);
        long wages = c.getLong("claims[0].id");
        agree(id, List.of(term(wages, 600_000, today().plusDays(10)))).then().statusCode(200).body("status", equalTo("AGREEMENT_DRAFTED"));
        String sign = "/api/v1/cases/" + id + "/signatures";
        // the applicant and respondent sign with their names
        Api.asAdmin().body(Map.of("party", "APPLICANT")).post(sign).then().statusCode(400).body("errors[0].field", equalTo("signerName"));
        Api.asAdmin().body(Map.of("party", "APPLICANT", "signerName", "王五")).post(sign).then().statusCode(200)
                .body("status", equalTo("AGREEMENT_DRAFTED"));
        Api.asAdmin().body(Map.of("party", "APPLICANT", "signerName", "王五")).post(sign).then().statusCode(409);
        // terms are frozen once signing began
        agree(id, List.of(term(wages, 500_000, today().plusDays(10)))).then().statusCode(409);
        Api.asAdmin().body(Map.of("party", "RESPONDENT", "signerName", "公司法定代表人")).post(sign).then().statusCode(200)
                .body("status", equalTo("AGREEMENT_DRAFTED"), "mediatedOn", org.hamcrest.Matchers.nullValue());
        // only the case's own mediator signs for the mediator: not an admin, not another mediator
        Api.asAdmin().body(Map.of("party", "MEDIATOR")).post(sign).then().statusCode(403);
        Fixtures.Mediator other = Fixtures.mediator(centre);
        other.api().body(Map.of("party", "MEDIATOR")).post(sign).then().statusCode(403);
        mediator.api().body(Map.of("party", "MEDIATOR")).post(sign).then().statusCode(200)
                .body("status", equalTo("MEDIATED"), "mediatedOn", equalTo(today().toString()), "signatures.size()", equalTo(3),
                        "claimedFen", equalTo(1_400_000), "agreedFen", equalTo(600_000), "paidFen", equalTo(0));
    }

    @Test
    void paymentsAgainstInstalmentsAddUpNeverExceedATermAndTheLastOneClosesTheCase() {
        long id = caseWithTwoClaims();
        JsonPath c = read(id);
        long wages = c.getLong("claims[0].id");
        long overtime = c.getLong("claims[1].id");
        // agreed above what was claimed: refused
        agree(id, List.of(term(overtime, 400_001, today()))).then().statusCode(400).body("errors[0].field", equalTo("terms[0].amountFen"));
        agree(id, List.of(term(wages, 500_000, today().plusDays(5)), term(wages, 300_000, today().plusDays(35)),
                term(overtime, 200_000, today().plusDays(5)))).then().statusCode(200);
        JsonPath drafted = read(id);
        long first = drafted.getLong("terms[0].id");
        // not payable before it binds
        pay(id, first, 100_000).then().statusCode(409);
        Fixtures.signAll(id, mediator);
        JsonPath mediated = read(id);
        List<Integer> termIds = mediated.getList("terms.id");
        pay(id, termIds.get(0), 300_000).then().statusCode(201);
        pay(id, termIds.get(0), 200_001).then().statusCode(409).body("errors[0].field", equalTo("amountFen"));
        pay(id, termIds.get(0), 200_000).then().statusCode(201);
        pay(id, termIds.get(1), 200_000).then().statusCode(201);
        Api.asAdmin().get("/api/v1/cases/" + id).then().body("claimedFen", equalTo(1_400_000), "agreedFen", equalTo(1_000_000),
                "paidFen", equalTo(700_000), "outstandingFen", equalTo(300_000), "claims[0].agreedFen", equalTo(800_000),
                "claims[0].paidFen", equalTo(500_000), "claims[1].agreedFen", equalTo(200_000), "claims[1].paidFen", equalTo(200_000),
                "status", equalTo("MEDIATED"));
        pay(id, termIds.get(2), 300_000).then().statusCode(201);
        Api.asAdmin().get("/api/v1/cases/" + id).then().body("status", equalTo("CLOSED"), "closedOn", equalTo(today().toString()),
                "paidFen", equalTo(1_000_000), "outstandingFen", equalTo(0));
        Api.asAdmin().get("/api/v1/cases/" + id + "/payments").then().statusCode(200).body("size()", equalTo(4));
        // a term of another case is refused
        long otherCase = caseWithTwoClaims();
        pay(otherCase, termIds.get(0), 1).then().statusCode(400).body("errors[0].field", equalTo("termId"));
    }

    @Test
    void aWageTermLeftUnpaidPastItsDueDateOpensThePaymentOrderFromTheDayAfter() {
        long id = Fixtures.mediatedCase(centre, mediator, 1_000_000, 1_000_000, Map.of());
        Api.asAdmin().get("/api/v1/cases/" + id).then().body("claims[0].paymentOrderQualifies", equalTo(true),
                "claims[0].paymentOrderAvailable", equalTo(false));
        TestClock.CLOCK.advanceDays(10);
        Api.asAdmin().get("/api/v1/cases/" + id).then().body("terms[0].overdue", equalTo(false), "claims[0].paymentOrderAvailable", equalTo(false));
        TestClock.CLOCK.advanceDays(1);
        Api.asAdmin().get("/api/v1/cases/" + id).then().body("terms[0].overdue", equalTo(true), "claims[0].paymentOrderAvailable", equalTo(true));
    }

    @Test
    void theAgreementNeedsIfMatch() {
        long id = caseWithTwoClaims();
        long wages = read(id).getLong("claims[0].id");
        Map<String, Object> body = Map.of("terms", List.of(term(wages, 1, today())));
        Api.asAdmin().body(body).post("/api/v1/cases/" + id + "/agreement").then().statusCode(428);
        Api.asAdmin().header("If-Match", "\"42\"").body(body).post("/api/v1/cases/" + id + "/agreement").then().statusCode(412)
                .body("detail", containsString("current version"));
    }
}
