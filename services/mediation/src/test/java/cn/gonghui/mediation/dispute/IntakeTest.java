package cn.gonghui.mediation.dispute;

import static cn.gonghui.mediation.Fixtures.centre;
import static cn.gonghui.mediation.Fixtures.intake;
import static cn.gonghui.mediation.Fixtures.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import cn.gonghui.mediation.Fixtures;
import cn.gonghui.testkit.Api;
import cn.gonghui.testkit.OrgTree;
import cn.gonghui.testkit.PersonRegistryStub;
import cn.gonghui.testkit.TestIdentifiers;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 受理: what an application must carry, who may receive it where, and the member's own application from the phone. */
@QuarkusTest
class IntakeTest {

    OrgTree.Tree tree;
    long centre;

    @BeforeEach
    void setUp() {
        tree = Fixtures.tree();
        centre = centre(tree.street(), "TOWN_CENTRE");
    }

    @Test
    void anApplicationIsReceivedWithItsClaimsTheDeadlineAndTheApplicantSealedAndMasked() {
        String idNumber = TestIdentifiers.idNumber();
        long member = Fixtures.member(tree.enterpriseUnion());
        PersonRegistryStub.member(idNumber, member);
        String body = Api.asOfficer(tree.street()).body(intake(centre, Map.of("idNumber", idNumber, "phone", "13800138000", "oral", true,
                        "claims", List.of(Map.of("category", "UNPAID_WAGES", "claimedFen", 1_200_000),
                                Map.of("category", "OVERTIME", "claimedFen", 300_000, "description", "周末加班")))))
                .post("/api/v1/cases").then().statusCode(201)
                .body("status", equalTo("ACCEPTED"), "receivedOn", equalTo(today().toString()),
                        "deadlineOn", equalTo(today().plusDays(15).toString()), "claimedFen", equalTo(1_500_000),
                        "agreedFen", equalTo(0), "paidFen", equalTo(0), "claims.size()", equalTo(2), "memberId", equalTo(member),
                        "unionId", equalTo(tree.street()), "group", equalTo(false), "oral", equalTo(true),
                        "idNumber", equalTo("**************" + idNumber.substring(14)))
                .extract().asString();
        assertThat(body).doesNotContain(idNumber).doesNotContain("13800138000");
    }

    @Test
    void theRespondentIsTakenFromTheEnterpriseWhenMembershipKnowsIt() {
        long enterprise = Fixtures.enterprise(tree.enterpriseUnion());
        Map<String, Object> body = new java.util.HashMap<>(intake(centre, Map.of("enterpriseId", enterprise)));
        body.remove("respondentName");
        Api.asAdmin().body(body).post("/api/v1/cases").then().statusCode(201)
                .body("enterpriseId", equalTo(enterprise), "respondentName", org.hamcrest.Matchers.not(equalTo("某建筑公司")));
        Map<String, Object> unknown = new java.util.HashMap<>(intake(centre, Map.of("enterpriseId", 999_999_999_999L)));
        rejected(unknown, "enterpriseId");
        unknown.remove("enterpriseId");
        unknown.remove("respondentName");
        rejected(unknown, "respondentName");
    }

    @Test
    void eachMissingOrWrongFieldIsA400NamingIt() {
        rejected(intake(centre, Map.of("claims", List.of())), "claims");
        rejected(intake(centre, Map.of("oral", true)), "phone");
        rejected(intake(centre, Map.of("workersInvolved", 12)), "representatives");
        rejected(intake(centre, Map.of("receivedOn", today().plusDays(1).toString())), "receivedOn");
        rejected(intake(centre, Map.of("channel", "MINI_PROGRAM")), "channel");
        rejected(intake(centre, Map.of("stillEmployed", true, "employmentEndedOn", today().toString())), "employmentEndedOn");
        rejected(intake(centre, Map.of("idNumber", "110105199001011234")), "idNumber");
        rejected(intake(centre, Map.of("claims", List.of(Map.of("category", "UNPAID_WAGES", "claimedFen", -1)))), "claims[0].claimedFen");
        Api.asAdmin().body(intake(centre, Map.of("claims", List.of(Map.of("category", "UNPAID_WAGES", "claimedFen", 10.5)))))
                .post("/api/v1/cases").then().statusCode(400);
    }

    @Test
    void aGroupDisputeWithRepresentativesAndAnIncidentTheUnionOnlyAssistsAreRecorded() {
        Api.asAdmin().body(intake(centre, Map.of("workersInvolved", 35, "representatives", 3))).post("/api/v1/cases")
                .then().statusCode(201).body("group", equalTo(true), "workersInvolved", equalTo(35), "unionRole", equalTo("LEAD"));
        Api.asAdmin().body(intake(centre, Map.of("workersInvolved", 3000, "representatives", 5, "unionRole", "ASSISTING")))
                .post("/api/v1/cases").then().statusCode(201).body("unionRole", equalTo("ASSISTING"));
    }

    @Test
    void anOfficerReceivesOnlyAtCentresOfTheirSubtree() {
        long otherStreet = Fixtures.union(tree.district(), "STREET_TOWN_FEDERATION");
        long otherCentre = centre(otherStreet, "TOWN_CENTRE");
        Api.asOfficer(tree.street()).body(intake(otherCentre, Map.of())).post("/api/v1/cases").then().statusCode(400)
                .body("errors[0].field", equalTo("centreId"));
        Fixtures.Mediator m = Fixtures.mediator(centre);
        m.api().body(intake(centre, Map.of())).post("/api/v1/cases").then().statusCode(201);
        m.api().body(intake(otherCentre, Map.of())).post("/api/v1/cases").then().statusCode(400);
    }

    @Test
    void aMemberAppliesFromThePhoneForThemselvesAndARetryMakesNoSecondCase() {
        long member = Fixtures.member(tree.enterpriseUnion());
        String idNumber = TestIdentifiers.idNumber();
        PersonRegistryStub.member(idNumber, member);
        Map<String, Object> body = Map.of("centreId", centre, "name", "张三", "idNumber", idNumber, "stillEmployed", true,
                "respondentName", "某餐饮公司", "facts", "未签劳动合同", "claims", List.of(Map.of("category", "OTHER", "claimedFen", 0)));
        String key = "case-self-" + Fixtures.id();
        long first = Api.asMember(member).header("Idempotency-Key", key).body(body).post("/api/v1/cases/self").then().statusCode(201)
                .body("channel", equalTo("MINI_PROGRAM"), "memberId", equalTo(member), "mediatorId", nullValue())
                .extract().jsonPath().getLong("id");
        long again = Api.asMember(member).header("Idempotency-Key", key).body(body).post("/api/v1/cases/self").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        assertThat(again).isEqualTo(first);
        Api.asMember(member).get("/api/v1/cases/mine").then().statusCode(200).body("items.id", hasItem((int) first), "items.size()", equalTo(1));

        // someone else's ID number is refused
        Api.asMember(member).body(Map.of("centreId", centre, "name", "李四", "idNumber", TestIdentifiers.idNumber(), "stillEmployed", true,
                        "respondentName", "某公司", "facts", "x", "claims", List.of(Map.of("category", "OTHER", "claimedFen", 0))))
                .post("/api/v1/cases/self").then().statusCode(403);
        // and staff cannot use the member's endpoint
        Api.asAdmin().body(body).post("/api/v1/cases/self").then().statusCode(403);
    }

    private static void rejected(Map<String, Object> body, String field) {
        Api.asAdmin().body(body).post("/api/v1/cases").then().statusCode(400).body("errors.field", hasItem(field));
    }
}
