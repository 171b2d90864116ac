package cn.gonghui.system;

import static cn.gonghui.system.Sys.*;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.testkit.TestIdentifiers;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Journey 2: a worker applies from the phone, the union approves, and the member meets every programme:
 * a card, an activity, a dispute, a grant paid from a fund whose ledger still reconciles.
 */
@ExtendWith(SystemStack.class)
class MemberJourneyIT {

    @Test
    void aWorkerAppliesIsApprovedGetsACardSignsUpFilesADisputeAndIsPaidAGrant() {
        Tree t = tree();
        String idNumber = TestIdentifiers.idNumber();

        // 入会申请 from the phone, in the worker's own (real-name verified) name
        applicant(idNumber).body(Map.of("name", "李四", "idNumber", idNumber, "unionId", t.grassroots(), "enterpriseId", t.enterprise()))
                .post("/members/applications").then().statusCode(202);
        JsonPath pending = officer(MEMBERSHIP, t.grassroots()).get("/members?status=PENDING&unionId=" + t.grassroots())
                .then().statusCode(200).extract().jsonPath();
        assertThat(pending.getList("items")).hasSize(1);
        long member = pending.getLong("items[0].id");
        idempotent(officer(MEMBERSHIP, t.grassroots())).post("/members/" + member + "/approve").then().statusCode(200);

        // MemberJoined → benefits issues the card, which the member reads from the phone
        JsonPath card = awaitBody("benefits issued member " + member + "'s card", () -> member(BENEFITS, member).get("/cards/mine"),
                c -> "ACTIVE".equals(c.getString("status")));
        assertThat(card.getLong("unionId")).isEqualTo(t.grassroots());
        assertThat(card.getString("number")).hasSize(16).startsWith("8610");

        // an activity of the union: the member takes a place
        long activity = awaitStatus("benefits knows union " + t.grassroots(), 201,
                () -> idempotent(officer(BENEFITS, t.grassroots())).body(OrgEventsIT.activity(t.grassroots())).post("/activities"))
                .jsonPath().getLong("id");
        assertThat(awaitStatus("benefits knows member " + member, 201,
                () -> idempotent(member(BENEFITS, member)).post("/activities/" + activity + "/signups")).jsonPath().getString("status"))
                .isEqualTo("CONFIRMED");
        assertThat(hasId(member(BENEFITS, member).get("/signups/mine").then().statusCode(200).extract().jsonPath(),
                "items.activityId", activity)).isTrue();

        // a dispute filed from the phone at the street's centre; mediation recognises the member through membership
        long centre = awaitStatus("mediation knows union " + t.street(), 201,
                () -> idempotent(officer(MEDIATION, t.street())).body(Map.of("unionId", t.street(), "name", "调解中心" + unique(), "kind", "TOWN_CENTRE"))
                        .post("/centres")).jsonPath().getLong("id");
        JsonPath dispute = idempotent(member(MEDIATION, member)).body(Map.of("centreId", centre, "name", "李四", "idNumber", idNumber,
                        "stillEmployed", true, "respondentName", "某餐饮公司", "facts", "拖欠两个月工资",
                        "claims", List.of(Map.of("category", "UNPAID_WAGES", "claimedFen", 1_200_000))))
                .post("/cases/self").then().statusCode(201).extract().jsonPath();
        assertThat(dispute.getLong("memberId")).isEqualTo(member);
        assertThat(hasId(member(MEDIATION, member).get("/cases/mine").then().statusCode(200).extract().jsonPath(), "items.id",
                dispute.getLong("id"))).isTrue();

        // assistance: a hardship file, a 送温暖 campaign paid from the district's fund, a grant applied, checked, approved, paid
        long fund = awaitStatus("assistance knows union " + t.district(), 201, () -> idempotent(fundManager())
                .body(Map.of("unionId", t.district(), "name", "温暖基金" + unique(), "kind", "WARM")).post("/funds")).jsonPath().getLong("id");
        idempotent(fundManager()).body(Map.of("amountFen", 10_000_000, "purpose", "年度拨入")).post("/funds/" + fund + "/income")
                .then().statusCode(201);
        JsonPath file = officer(ASSISTANCE, t.grassroots()).get("/hardship-files/" + hardshipFile(t.grassroots(), idNumber))
                .then().statusCode(200).extract().jsonPath();
        assertThat(file.getLong("memberId")).as("the person registry named the member").isEqualTo(member);
        Map<String, Object> campaign = new HashMap<>(Map.of("unionId", t.district(), "name", "送温暖" + unique(), "kind", "WINTER_WARMTH",
                "help", "CASH", "eligibility", "HARDSHIP_FILE", "fundId", fund, "minAmountFen", 50_000, "budgetFen", 5_000_000,
                "opensOn", today().minusDays(1).toString(), "closesOn", today().plusDays(30).toString()));
        campaign.put("noticeDays", 0);
        long campaignId = idempotent(admin(ASSISTANCE)).body(campaign).post("/campaigns").then().statusCode(201).extract().jsonPath().getLong("id");
        long grant = idempotent(officer(ASSISTANCE, t.grassroots())).body(Map.of("campaignId", campaignId, "fileId", file.getLong("id"), "reason", "春节慰问"))
                .post("/grants").then().statusCode(201).extract().jsonPath().getLong("id");
        officer(ASSISTANCE, t.grassroots()).body(Map.of("findings", "入户核查属实")).post("/grants/" + grant + "/verification").then().statusCode(200);
        officer(ASSISTANCE, t.district()).body(Map.of("decisionRef", "帮扶审批会-" + grant)).post("/grants/" + grant + "/approval").then().statusCode(200);
        fundManager().body(Map.of("paymentReference", "PAY-" + grant)).post("/grants/" + grant + "/disbursement")
                .then().statusCode(200);
        assertThat(member(ASSISTANCE, member).get("/grants/mine").then().statusCode(200).extract().jsonPath().getList("items.status"))
                .containsExactly("DISBURSED");

        JsonPath reconciliation = fundManager().get("/funds/" + fund + "/reconciliation").then().statusCode(200).extract().jsonPath();
        assertThat(reconciliation.getBoolean("reconciled")).as(reconciliation.prettify()).isTrue();
        assertThat(reconciliation.getLong("balanceFen")).isEqualTo(reconciliation.getLong("ledgerFen")).isEqualTo(10_000_000 - 50_000);
    }
}
