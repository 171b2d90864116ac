package cn.gonghui.assistance.grant;

import static cn.gonghui.assistance.Fixtures.approve;
import static cn.gonghui.assistance.Fixtures.assertReconciled;
import static cn.gonghui.assistance.Fixtures.campaign;
import static cn.gonghui.assistance.Fixtures.disburse;
import static cn.gonghui.assistance.Fixtures.fund;
import static cn.gonghui.assistance.Fixtures.fundBalance;
import static cn.gonghui.assistance.Fixtures.hardshipFile;
import static cn.gonghui.assistance.Fixtures.today;
import static cn.gonghui.assistance.Fixtures.verifiedGrant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasToString;
import static org.hamcrest.Matchers.hasItem;

import cn.gonghui.assistance.Fixtures;
import cn.gonghui.assistance.People;
import cn.gonghui.assistance.TestClock;
import cn.gonghui.testkit.Api;
import cn.gonghui.testkit.OrgTree;
import cn.gonghui.testkit.PersonRegistryStub;
import cn.gonghui.testkit.TestIdentifiers;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 申请 → 核查 → 审批 → 公示 → 发放, each step and each refusal, with the money. */
@QuarkusTest
class GrantWorkflowTest {

    OrgTree.Tree tree;
    long fund;

    @BeforeEach
    void setUp() {
        tree = Fixtures.tree();
        fund = fund(tree.district(), "WARM", 1_000_000);
    }

    @AfterEach
    void resetClock() {
        TestClock.CLOCK.reset();
    }

    @Test
    void aGrantIsCheckedApprovedNoticedAndPaidOnceWithTheMoneyMovingAtEachStep() {
        long campaign = campaign(tree.district(), fund, Map.of("eligibility", "HARDSHIP_FILE", "noticeDays", 5));
        long file = hardshipFile(tree.enterpriseUnion(), TestIdentifiers.idNumber());
        long grant = Api.asOfficer(tree.street()).body(Map.of("campaignId", campaign, "fileId", file, "reason", "春节慰问"))
                .post("/api/v1/grants").then().statusCode(201)
                .body("status", equalTo("SUBMITTED"), "amountFen", equalTo(50000), "category", equalTo("HARDSHIP"))
                .extract().jsonPath().getLong("id");
        // not approvable before the check
        approve(grant).then().statusCode(409).body("type", containsString("invalid-state"));
        // the street checks it, but the district, which runs the campaign, approves it
        Api.asOfficer(tree.street()).body(Map.of("decisionRef", "x")).post("/api/v1/grants/" + grant + "/approval").then().statusCode(403);
        Api.asOfficer(tree.street()).body(Map.of("findings", "入户核查: 患病, 收入属实")).post("/api/v1/grants/" + grant + "/verification")
                .then().statusCode(200).body("status", equalTo("VERIFIED"));
        // the check is a home visit of the household
        Api.asAdmin().get("/api/v1/hardship-files/" + file + "/home-visits").then().statusCode(200)
                .body("findings", hasItem(containsString("入户核查")));

        approve(grant).then().statusCode(200).body("status", equalTo("APPROVED"),
                "noticeEndsOn", equalTo(today().plusDays(5).toString()));
        assertThat(fundBalance(fund)).isEqualTo(1_000_000 - 50_000);
        Fixtures.fundManager().get("/api/v1/funds/" + fund).then().body("payableFen", equalTo(50000));
        Api.asAdmin().get("/api/v1/campaigns/" + campaign).then().body("committedFen", equalTo(50000));

        // last day of notice: not payable yet
        TestClock.CLOCK.advanceDays(5);
        disburse(grant, "PAY-" + grant).then().statusCode(409).body("detail", containsString("public notice"));
        // the day after: paid, once
        TestClock.CLOCK.advanceDays(1);
        disburse(grant, "PAY-" + grant).then().statusCode(200).body("status", equalTo("DISBURSED"), "paymentReference", equalTo("PAY-" + grant));
        disburse(grant, "PAY-" + grant).then().statusCode(200).body("status", equalTo("DISBURSED"));
        disburse(grant, "PAY-OTHER-" + grant).then().statusCode(409).body("errors[0].field", equalTo("paymentReference"));

        assertThat(fundBalance(fund)).isEqualTo(1_000_000 - 50_000);
        Fixtures.fundManager().get("/api/v1/funds/" + fund).then().body("payableFen", equalTo(0));
        Fixtures.fundManager().get("/api/v1/funds/" + fund + "/ledger").then().statusCode(200)
                .body("items.findAll { it.reference == 'grants/" + grant + "' }.size()", equalTo(4));
        assertReconciled(fund);
    }

    @Test
    void objectionsAreTakenOnlyDuringNoticeAndAnUpheldOneGivesTheMoneyBack() {
        long campaign = campaign(tree.district(), fund, Map.of("noticeDays", 3, "budgetFen", 50000));
        long file = hardshipFile(tree.enterpriseUnion(), TestIdentifiers.idNumber());
        long grant = verifiedGrant(campaign, file);
        approve(grant).then().statusCode(200);

        long objection = Api.asOfficer(tree.street()).body(Map.of("statement", "群众反映家庭收入不实"))
                .post("/api/v1/grants/" + grant + "/objections").then().statusCode(201).body("status", equalTo("OPEN"))
                .extract().jsonPath().getLong("id");
        TestClock.CLOCK.advanceDays(4);
        // after notice, an open objection still blocks the payment
        disburse(grant, "PAY-" + grant).then().statusCode(409).body("detail", containsString("objection"));
        // and no new objection is taken
        Api.asAdmin().body(Map.of("statement", "迟到的异议")).post("/api/v1/grants/" + grant + "/objections").then().statusCode(409);

        Api.asAdmin().body(Map.of("upheld", true, "resolution", "复核收入超标"))
                .post("/api/v1/grants/" + grant + "/objections/" + objection + "/resolution")
                .then().statusCode(200).body("status", equalTo("UPHELD"));
        Api.asAdmin().get("/api/v1/grants/" + grant).then().body("status", equalTo("CANCELLED"));
        assertThat(fundBalance(fund)).isEqualTo(1_000_000);
        Api.asAdmin().get("/api/v1/campaigns/" + campaign).then().body("committedFen", equalTo(0), "remainingFen", equalTo(50000));
        disburse(grant, "PAY-" + grant).then().statusCode(409);
        // a cancelled grant frees the person's place in the campaign
        verifiedGrant(campaign, file);
        assertReconciled(fund);
    }

    @Test
    void aDismissedObjectionLetsTheGrantBePaid() {
        long campaign = campaign(tree.district(), fund, Map.of("noticeDays", 2));
        long grant = verifiedGrant(campaign, hardshipFile(tree.enterpriseUnion(), TestIdentifiers.idNumber()));
        approve(grant).then().statusCode(200);
        long objection = Api.asAdmin().body(Map.of("statement", "异议")).post("/api/v1/grants/" + grant + "/objections")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        Api.asAdmin().body(Map.of("upheld", false, "resolution", "经核实不成立"))
                .post("/api/v1/grants/" + grant + "/objections/" + objection + "/resolution").then().statusCode(200);
        Api.asAdmin().body(Map.of("upheld", true, "resolution", "again"))
                .post("/api/v1/grants/" + grant + "/objections/" + objection + "/resolution").then().statusCode(409);
        TestClock.CLOCK.advanceDays(3);
        disburse(grant, "PAY-" + grant).then().statusCode(200).body("status", equalTo("DISBURSED"));
    }

    @Test
    void withoutNoticeAnEmergencyGrantIsPaidTheSameDay() {
        long campaign = campaign(tree.district(), fund, Map.of("kind", "EMERGENCY_MEDICAL", "noticeDays", 0,
                "minAmountFen", 100000, "maxAmountFen", 500000));
        long person = Api.asAdmin().body(Map.of("campaignId", campaign, "unionId", tree.enterpriseUnion(), "idNumber",
                        TestIdentifiers.idNumber(), "name", "王五", "amountFen", 300000, "reason", "突发疾病"))
                .post("/api/v1/grants").then().statusCode(201).extract().jsonPath().getLong("id");
        Api.asAdmin().body(Map.of("findings", "医院诊断书")).post("/api/v1/grants/" + person + "/verification").then().statusCode(200);
        approve(person).then().statusCode(200).body("noticeEndsOn", equalTo(today().toString()));
        Api.asAdmin().body(Map.of("statement", "x")).post("/api/v1/grants/" + person + "/objections").then().statusCode(409);
        disburse(person, "PAY-" + person).then().statusCode(200);
    }

    @Test
    void onePersonHoldsOneGrantPerCampaignAcrossUnions() {
        long otherStreet = Fixtures.union(tree.district(), "STREET_TOWN_FEDERATION");
        long campaign = campaign(tree.district(), fund, Map.of());
        String idNumber = TestIdentifiers.idNumber();
        Api.asOfficer(tree.street()).body(Map.of("campaignId", campaign, "unionId", tree.enterpriseUnion(), "idNumber", idNumber,
                "name", "李四", "category", "FRONTLINE", "reason", "一线慰问")).post("/api/v1/grants").then().statusCode(201);
        // the same person through another street: refused, without telling which union holds it
        Api.asOfficer(otherStreet).body(Map.of("campaignId", campaign, "unionId", otherStreet, "idNumber", idNumber,
                        "name", "李四", "reason", "一线慰问")).post("/api/v1/grants").then().statusCode(409)
                .body("errors[0].field", equalTo("idNumber"), "errors[0].problem", containsString("another union"));
        // in another campaign they may be helped
        long summer = campaign(tree.district(), fund, Map.of("kind", "SUMMER_RELIEF"));
        Api.asOfficer(otherStreet).body(Map.of("campaignId", summer, "unionId", otherStreet, "idNumber", idNumber,
                "name", "李四", "reason", "夏送清凉")).post("/api/v1/grants").then().statusCode(201);
    }

    @Test
    void eligibilityAmountsAndDatesAreTheCampaignsRules() {
        long hardshipOnly = campaign(tree.district(), fund, Map.of("eligibility", "HARDSHIP_FILE"));
        Map<String, Object> stranger = Map.of("campaignId", hardshipOnly, "unionId", tree.enterpriseUnion(), "idNumber",
                TestIdentifiers.idNumber(), "name", "赵六", "reason", "x");
        Api.asAdmin().body(stranger).post("/api/v1/grants").then().statusCode(400).body("errors[0].field", equalTo("idNumber"));

        long membersOnly = campaign(tree.district(), fund, Map.of("eligibility", "MEMBER"));
        Api.asAdmin().body(Map.of("campaignId", membersOnly, "unionId", tree.enterpriseUnion(), "idNumber", TestIdentifiers.idNumber(),
                "name", "赵六", "reason", "x")).post("/api/v1/grants").then().statusCode(400)
                .body("errors[0].problem", containsString("members only"));

        long women = campaign(tree.district(), null, Map.of("kind", "SCREENING", "womenOnly", true, "minAmountFen", 30000));
        Api.asAdmin().body(Map.of("campaignId", women, "unionId", tree.enterpriseUnion(), "idNumber", People.man(), "name", "男",
                "inKind", "两癌筛查", "reason", "x")).post("/api/v1/grants").then().statusCode(400)
                .body("errors[0].problem", containsString("women"));
        Api.asAdmin().body(Map.of("campaignId", women, "unionId", tree.enterpriseUnion(), "idNumber", People.woman(), "name", "女",
                "reason", "x")).post("/api/v1/grants").then().statusCode(400).body("errors[0].field", equalTo("inKind"));
        Api.asAdmin().body(Map.of("campaignId", women, "unionId", tree.enterpriseUnion(), "idNumber", People.woman(), "name", "女",
                "inKind", "两癌筛查", "reason", "x")).post("/api/v1/grants").then().statusCode(201).body("gender", equalTo("FEMALE"));

        long ranged = campaign(tree.district(), fund, Map.of("minAmountFen", 1000, "maxAmountFen", 2000));
        Map<String, Object> base = Map.of("campaignId", ranged, "unionId", tree.enterpriseUnion(), "name", "钱七", "reason", "x");
        Api.asAdmin().body(with(base, "idNumber", TestIdentifiers.idNumber())).post("/api/v1/grants").then().statusCode(400)
                .body("errors[0].field", equalTo("amountFen"));
        Api.asAdmin().body(with(with(base, "idNumber", TestIdentifiers.idNumber()), "amountFen", 2001)).post("/api/v1/grants")
                .then().statusCode(400).body("errors[0].field", equalTo("amountFen"));

        long closed = campaign(tree.district(), fund, Map.of("opensOn", today().minusDays(10).toString(), "closesOn", today().minusDays(1).toString()));
        Api.asAdmin().body(with(with(base, "idNumber", TestIdentifiers.idNumber()), "campaignId", closed)).post("/api/v1/grants")
                .then().statusCode(409).body("detail", containsString("takes applications"));
    }

    @Test
    void anApprovalOverTheCampaignsBudgetIsRefusedAndChangesNothing() {
        long campaign = campaign(tree.district(), fund, Map.of("budgetFen", 50000));
        long first = verifiedGrant(campaign, hardshipFile(tree.enterpriseUnion(), TestIdentifiers.idNumber()));
        long second = verifiedGrant(campaign, hardshipFile(tree.enterpriseUnion(), TestIdentifiers.idNumber()));
        approve(first).then().statusCode(200);
        approve(second).then().statusCode(409).body("errors[0].field", equalTo("amountFen"));
        Api.asAdmin().get("/api/v1/grants/" + second).then().body("status", equalTo("VERIFIED"));
        assertThat(fundBalance(fund)).isEqualTo(1_000_000 - 50_000);
        assertReconciled(fund);
    }

    @Test
    void aMemberAppliesFromThePhoneOnlyForThemselvesAndSeesOnlyTheirOwn() {
        long campaign = campaign(tree.district(), fund, Map.of("eligibility", "MEMBER"));
        long member = Fixtures.member(tree.enterpriseUnion());
        long other = Fixtures.member(tree.enterpriseUnion());
        String mine = TestIdentifiers.idNumber();
        String theirs = TestIdentifiers.idNumber();
        PersonRegistryStub.member(mine, member);
        PersonRegistryStub.member(theirs, other);
        Map<String, Object> apply = Map.of("campaignId", campaign, "idNumber", theirs, "name", "冒名", "reason", "x");
        Api.asMember(member).body(apply).post("/api/v1/grants/self").then().statusCode(403);
        long grant = Api.asMember(member).body(with(apply, "idNumber", mine)).post("/api/v1/grants/self").then().statusCode(201)
                .body("channel", equalTo("MEMBER_APP"), "memberId", hasToString(String.valueOf(member)), "idNumber", containsString("*"))
                .extract().jsonPath().getLong("id");
        Api.asMember(member).get("/api/v1/grants/" + grant).then().statusCode(200);
        Api.asMember(other).get("/api/v1/grants/" + grant).then().statusCode(404);
        Api.asMember(member).get("/api/v1/grants/mine").then().statusCode(200).body("items.id", hasItem((int) grant));
        Api.asMember(other).get("/api/v1/grants/mine").then().statusCode(200).body("items.size()", equalTo(0));
        // a member cannot approve, list the district's grants or pay
        Api.asMember(member).body(Map.of("decisionRef", "x")).post("/api/v1/grants/" + grant + "/approval").then().statusCode(403);
        Api.asMember(member).get("/api/v1/grants").then().statusCode(403);
        Api.asMember(member).body(Map.of("reason", "不需要了")).post("/api/v1/grants/" + grant + "/withdrawal")
                .then().statusCode(200).body("status", equalTo("WITHDRAWN"));
    }

    @Test
    void aMemberAppliesFromThePhoneToAnInKindCampaignWithoutNamingTheGoods() {
        long campaign = campaign(tree.district(), null, Map.of("eligibility", "MEMBER", "name", "冬衣发放"));
        long member = Fixtures.member(tree.enterpriseUnion());
        String mine = TestIdentifiers.idNumber();
        PersonRegistryStub.member(mine, member);
        Map<String, Object> apply = Map.of("campaignId", campaign, "idNumber", mine, "name", "本人", "reason", "冬天缺衣");
        Api.asMember(member).body(apply).post("/api/v1/grants/self").then().statusCode(201).body("inKind", equalTo("冬衣发放"));
        long other = Fixtures.member(tree.enterpriseUnion());
        String theirs = TestIdentifiers.idNumber();
        PersonRegistryStub.member(theirs, other);
        Api.asMember(other).body(with(with(apply, "idNumber", theirs), "inKind", "棉被一床")).post("/api/v1/grants/self")
                .then().statusCode(201).body("inKind", equalTo("棉被一床"));
    }

    @Test
    void aPhoneRetryingAnApplicationGetsTheFirstAnswerAndNoSecondGrant() {
        long campaign = campaign(tree.district(), fund, Map.of());
        long member = Fixtures.member(tree.enterpriseUnion());
        String idNumber = TestIdentifiers.idNumber();
        PersonRegistryStub.member(idNumber, member);
        Map<String, Object> apply = Map.of("campaignId", campaign, "idNumber", idNumber, "name", "重试", "reason", "x");
        String key = "phone-" + member;
        long first = Api.asMember(member).header("Idempotency-Key", key).body(apply).post("/api/v1/grants/self")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long again = Api.asMember(member).header("Idempotency-Key", key).body(apply).post("/api/v1/grants/self")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        assertThat(again).isEqualTo(first);
        Api.asMember(member).get("/api/v1/grants/mine").then().body("items.size()", equalTo(1));
        Api.asMember(member).header("Idempotency-Key", key).body(with(apply, "reason", "another")).post("/api/v1/grants/self")
                .then().statusCode(409).body("type", containsString("idempotency-key-reused"));
    }

    @Test
    void anOfficerSeesAndActsOnlyInTheirSubtreeAndOnlyAFundManagerPays() {
        long otherStreet = Fixtures.union(tree.district(), "STREET_TOWN_FEDERATION");
        long campaign = campaign(tree.district(), fund, Map.of("noticeDays", 0));
        long grant = verifiedGrant(campaign, hardshipFile(tree.enterpriseUnion(), TestIdentifiers.idNumber()));
        Api.asOfficer(otherStreet).get("/api/v1/grants/" + grant).then().statusCode(404);
        Api.asOfficer(otherStreet).body(Map.of("decisionRef", "x")).post("/api/v1/grants/" + grant + "/approval").then().statusCode(404);
        Api.asOfficer(otherStreet).get("/api/v1/grants?campaignId=" + campaign).then().statusCode(200).body("items.size()", equalTo(0));
        Api.asOfficer(tree.street()).get("/api/v1/grants?campaignId=" + campaign).then().statusCode(200).body("items.id", hasItem((int) grant));
        Api.asOfficer(tree.district()).body(Map.of("decisionRef", "区总工会帮扶审批会")).post("/api/v1/grants/" + grant + "/approval")
                .then().statusCode(200);
        Api.asOfficer(tree.street()).body(Map.of("paymentReference", "P")).post("/api/v1/grants/" + grant + "/disbursement")
                .then().statusCode(403);
        disburse(grant, "PAY-" + grant).then().statusCode(200);
    }

    private static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        Map<String, Object> m = new java.util.HashMap<>(base);
        m.put(key, value);
        return m;
    }

    @Test
    void aModelWorkersCampaignTakesOnlyMembersMembershipHasConferredTheHonourOn() {
        long campaign = campaign(tree.district(), fund, Map.of("kind", "MODEL_WORKER_CARE", "eligibility", "MODEL_WORKER"));
        long honoured = Fixtures.member(tree.enterpriseUnion());
        long plain = Fixtures.member(tree.enterpriseUnion());
        String honouredId = TestIdentifiers.idNumber();
        String plainId = TestIdentifiers.idNumber();
        PersonRegistryStub.member(honouredId, honoured);
        PersonRegistryStub.member(plainId, plain);
        long honour = OrgTree.nextId();
        Fixtures.org().publish("HonourConferred", "honours/" + honour, OrgTree.data().put("honourId", honour).put("kind", "MODEL_WORKER")
                .put("level", "PROVINCIAL").put("year", today().getYear() - 1).put("recipientType", "MEMBER").put("memberId", honoured)
                .putNull("enterpriseId").putNull("recipientUnionId").putNull("servicePointId").put("unionId", tree.enterpriseUnion())
                .put("awardedOn", today().toString()).putNull("rewardFen"));
        Fixtures.awaitReplica(() -> cn.gonghui.assistance.visit.ModelWorker.findById(honour) != null);
        Api.asOfficer(tree.street()).get("/api/v1/model-workers").then().statusCode(200)
                .body("items.findAll { it.memberId == " + honoured + "L }.size()", equalTo(1));
        Map<String, Object> apply = Map.of("campaignId", campaign, "unionId", tree.enterpriseUnion(), "name", "劳模", "category", "MODEL_WORKER",
                "reason", "劳模慰问");
        Api.asAdmin().body(with(apply, "idNumber", plainId)).post("/api/v1/grants").then().statusCode(400)
                .body("errors[0].problem", containsString("model workers"));
        Api.asAdmin().body(with(apply, "idNumber", honouredId)).post("/api/v1/grants").then().statusCode(201);
        Fixtures.org().publish("HonourRevoked", "honours/" + honour, OrgTree.data().put("honourId", honour).put("kind", "MODEL_WORKER")
                .put("level", "PROVINCIAL").put("year", today().getYear() - 1).put("recipientType", "MEMBER").put("memberId", honoured)
                .put("unionId", tree.enterpriseUnion()).put("revokedOn", today().toString()));
        Fixtures.awaitReplica(() -> ((cn.gonghui.assistance.visit.ModelWorker) cn.gonghui.assistance.visit.ModelWorker.findById(honour)).revokedOn != null);
        Api.asOfficer(tree.street()).get("/api/v1/model-workers").then().statusCode(200)
                .body("items.findAll { it.memberId == " + honoured + "L }.size()", equalTo(0));
    }
}
