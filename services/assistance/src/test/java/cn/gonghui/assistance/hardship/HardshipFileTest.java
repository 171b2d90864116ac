package cn.gonghui.assistance.hardship;

import static cn.gonghui.assistance.Fixtures.hardshipFile;
import static cn.gonghui.assistance.Fixtures.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasToString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import cn.gonghui.assistance.Fixtures;
import cn.gonghui.assistance.People;
import cn.gonghui.assistance.TestClock;
import cn.gonghui.testkit.Api;
import cn.gonghui.testkit.OrgTree;
import cn.gonghui.testkit.PersonRegistryStub;
import cn.gonghui.testkit.TestIdentifiers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The hardship registry: one open file per person across unions, masked data, reviews at their due date, exit. */
@QuarkusTest
class HardshipFileTest {

    OrgTree.Tree tree;

    @BeforeEach
    void setUp() {
        tree = Fixtures.tree();
    }

    @AfterEach
    void resetClock() {
        TestClock.CLOCK.reset();
    }

    @Test
    void aFileIsRegisteredWithTheIdNumberMaskedAndTheGenderFromIt() {
        String idNumber = People.woman();
        Api.asOfficer(tree.street()).body(Map.of("unionId", tree.enterpriseUnion(), "name", "刘芳", "idNumber", idNumber,
                        "phone", "13800138000", "migrant", true, "householdSize", 2, "monthlyIncomeFen", 90000,
                        "causes", List.of("SINGLE_PARENT", "ILLNESS"), "level", "DEEP"))
                .post("/api/v1/hardship-files").then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("idNumber", equalTo("**************" + idNumber.substring(14)),
                        "gender", equalTo("FEMALE"), "migrant", equalTo(true), "status", equalTo("ACTIVE"),
                        "reviewDueOn", equalTo(today().plusMonths(12).toString()),
                        "personId", equalTo(PersonRegistryStub.personId(idNumber).toString()),
                        "causes", equalTo(List.of("ILLNESS", "SINGLE_PARENT")))
                .body(not(containsString("13800138000")));
    }

    @Test
    void aPersonHasOneOpenFileWhicheverUnionRegistersIt() {
        long otherStreet = Fixtures.union(tree.district(), "STREET_TOWN_FEDERATION");
        String idNumber = TestIdentifiers.idNumber();
        long file = hardshipFile(tree.enterpriseUnion(), idNumber);
        Map<String, Object> again = Map.of("unionId", otherStreet, "name", "同一人", "idNumber", idNumber, "householdSize", 1,
                "monthlyIncomeFen", 0, "causes", List.of("UNEMPLOYMENT"), "level", "GENERAL");
        Api.asOfficer(otherStreet).body(again).post("/api/v1/hardship-files").then().statusCode(409)
                .body("errors[0].field", equalTo("idNumber"), "errors[0].problem", containsString("another union"));
        // once closed, the person may be registered again
        String etag = Api.asAdmin().get("/api/v1/hardship-files/" + file).then().extract().header("ETag");
        Api.asAdmin().header("If-Match", etag).body(Map.of("reason", "脱困")).post("/api/v1/hardship-files/" + file + "/exit")
                .then().statusCode(200).body("status", equalTo("EXITED"), "exitReason", equalTo("脱困"));
        Api.asOfficer(otherStreet).body(again).post("/api/v1/hardship-files").then().statusCode(201);
    }

    @Test
    void badInputIsA400NamingTheField() {
        Map<String, Object> file = Map.of("unionId", tree.enterpriseUnion(), "name", "x", "idNumber", "110105199001011234",
                "householdSize", 1, "monthlyIncomeFen", 0, "causes", List.of("ILLNESS"), "level", "GENERAL");
        Api.asAdmin().body(file).post("/api/v1/hardship-files").then().statusCode(400).body("errors[0].field", equalTo("idNumber"));
        Api.asAdmin().body(Map.of("unionId", tree.enterpriseUnion(), "name", "x", "idNumber", TestIdentifiers.idNumber(),
                "householdSize", 0, "monthlyIncomeFen", 0, "causes", List.of("ILLNESS"), "level", "GENERAL"))
                .post("/api/v1/hardship-files").then().statusCode(400).body("errors[0].field", equalTo("householdSize"));
        Api.asAdmin().body(Map.of("unionId", tree.enterpriseUnion(), "name", "x", "idNumber", TestIdentifiers.idNumber(),
                "householdSize", 1, "monthlyIncomeFen", 0, "causes", List.of("LAZINESS"), "level", "GENERAL"))
                .post("/api/v1/hardship-files").then().statusCode(400).body("errors[0].field", containsString("causes"));
        Api.asAdmin().body(Map.of("unionId", tree.enterpriseUnion(), "name", "x", "idNumber", TestIdentifiers.idNumber(),
                "householdSize", 1, "monthlyIncomeFen", 0, "causes", List.of("ILLNESS"), "level", "GENERAL",
                "registeredOn", today().plusDays(1).toString()))
                .post("/api/v1/hardship-files").then().statusCode(400).body("errors[0].field", equalTo("registeredOn"));
    }

    @Test
    void anOfficerOfAnotherSubtreeNeitherSeesNorChangesAFile() {
        long otherStreet = Fixtures.union(tree.district(), "STREET_TOWN_FEDERATION");
        long file = hardshipFile(tree.enterpriseUnion(), TestIdentifiers.idNumber());
        Api.asOfficer(otherStreet).get("/api/v1/hardship-files/" + file).then().statusCode(404);
        Api.asOfficer(otherStreet).header("If-Match", "\"0\"").body(Map.of("level", "DEEP"))
                .patch("/api/v1/hardship-files/" + file).then().statusCode(404);
        Api.asOfficer(otherStreet).get("/api/v1/hardship-files").then().statusCode(200).body("items.id", not(hasItem((int) file)));
        Api.asOfficer(otherStreet).get("/api/v1/hardship-files?unionId=" + tree.street()).then().statusCode(400)
                .body("errors[0].field", equalTo("unionId"));
        Api.asOfficer(tree.street()).get("/api/v1/hardship-files").then().statusCode(200).body("items.id", hasItem((int) file));
        Api.asMember(1).get("/api/v1/hardship-files/" + file).then().statusCode(403);
    }

    @Test
    void twoOfficersEditingAtOnceCannotOverwriteEachOther() {
        long file = hardshipFile(tree.enterpriseUnion(), TestIdentifiers.idNumber());
        Api.asAdmin().body(Map.of("level", "DEEP")).patch("/api/v1/hardship-files/" + file).then().statusCode(428);
        Api.asAdmin().header("If-Match", "\"0\"").body(Map.of("level", "DEEP")).patch("/api/v1/hardship-files/" + file)
                .then().statusCode(200).header("ETag", equalTo("\"1\"")).body("level", equalTo("DEEP"));
        Api.asAdmin().header("If-Match", "\"0\"").body(Map.of("householdSize", 5)).patch("/api/v1/hardship-files/" + file)
                .then().statusCode(412);
        Api.asAdmin().get("/api/v1/hardship-files/" + file).then().body("householdSize", equalTo(3), "level", equalTo("DEEP"));
    }

    @Test
    void aFileIsDueForReviewOnItsDueDateNotTheDayBefore() {
        long file = hardshipFile(tree.enterpriseUnion(), TestIdentifiers.idNumber());
        String due = Api.asAdmin().get("/api/v1/hardship-files/" + file).then().extract().jsonPath().getString("reviewDueOn");
        TestClock.CLOCK.today(java.time.LocalDate.parse(due).minusDays(1));
        Api.asOfficer(tree.street()).get("/api/v1/hardship-files?reviewDue=true&limit=200").then().statusCode(200)
                .body("items.id", not(hasItem((int) file)));
        TestClock.CLOCK.today(java.time.LocalDate.parse(due));
        Api.asOfficer(tree.street()).get("/api/v1/hardship-files?reviewDue=true&limit=200").then().statusCode(200)
                .body("items.id", hasItem((int) file));
        Api.asAdmin().header("If-Match", "\"0\"").body(Map.of()).post("/api/v1/hardship-files/" + file + "/reviews").then().statusCode(200)
                .body("lastReviewedOn", equalTo(due), "reviewDueOn", equalTo(java.time.LocalDate.parse(due).plusMonths(12).toString()));
        Api.asOfficer(tree.street()).get("/api/v1/hardship-files?reviewDue=true&limit=200").then().statusCode(200)
                .body("items.id", not(hasItem((int) file)));
    }

    @Test
    void whenMembershipSaysTheMemberLeftTheirOpenFileIsFlaggedNotClosed() {
        long member = Fixtures.member(tree.enterpriseUnion());
        String idNumber = TestIdentifiers.idNumber();
        PersonRegistryStub.member(idNumber, member);
        long file = Api.asAdmin().body(Map.of("unionId", tree.enterpriseUnion(), "name", "会员", "idNumber", idNumber, "householdSize", 3,
                        "monthlyIncomeFen", 100000, "causes", List.of("ILLNESS"), "level", "GENERAL"))
                .post("/api/v1/hardship-files").then().statusCode(201).body("memberId", hasToString(String.valueOf(member)))
                .extract().jsonPath().getLong("id");
        Fixtures.org().publish("MemberLeft", "members/" + member, OrgTree.data().put("memberId", member)
                .put("unionId", tree.enterpriseUnion()).put("leftOn", today().toString()));
        Fixtures.awaitReplica(() -> List.of(((HardshipFile) HardshipFile.findById(file)).flags).contains(HardshipFile.FLAG_MEMBER_LEFT));
        Api.asAdmin().get("/api/v1/hardship-files/" + file).then().body("flags", hasItem("MEMBER_LEFT"), "status", equalTo("ACTIVE"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> ((HardshipFile) HardshipFile.findById(file)).flags)).hasSize(1);
    }

    @Test
    void whenTheMemberTransfersTheirOpenFileGoesToTheReceivingUnion() {
        long member = Fixtures.member(tree.enterpriseUnion());
        long receiving = Fixtures.org().union(tree.street(), "ENTERPRISE_UNION", "接收工会" + OrgTree.nextId());
        String idNumber = TestIdentifiers.idNumber();
        PersonRegistryStub.member(idNumber, member);
        long file = Api.asAdmin().body(Map.of("unionId", tree.enterpriseUnion(), "name", "转会", "idNumber", idNumber, "householdSize", 3,
                        "monthlyIncomeFen", 100000, "causes", List.of("ILLNESS"), "level", "GENERAL"))
                .post("/api/v1/hardship-files").then().statusCode(201).extract().jsonPath().getLong("id");
        Fixtures.org().publish("MemberTransferred", "members/" + member, OrgTree.data().put("memberId", member)
                .put("transferId", OrgTree.nextId()).put("fromUnionId", tree.enterpriseUnion()).put("toUnionId", receiving)
                .putNull("enterpriseId").put("parked", false));
        Fixtures.awaitReplica(() -> ((HardshipFile) HardshipFile.findById(file)).unionId == receiving);
        Api.asOfficer(receiving).get("/api/v1/hardship-files/" + file).then().statusCode(200);
        Api.asOfficer(tree.enterpriseUnion()).get("/api/v1/hardship-files/" + file).then().statusCode(404);
    }

    @Test
    void aLargeMedicalClaimPaidByTheInsuranceRaisesALeadAndFlagsTheOpenFile() {
        long member = Fixtures.member(tree.enterpriseUnion());
        String idNumber = TestIdentifiers.idNumber();
        PersonRegistryStub.member(idNumber, member);
        long file = Api.asAdmin().body(Map.of("unionId", tree.enterpriseUnion(), "name", "住院", "idNumber", idNumber, "householdSize", 3,
                        "monthlyIncomeFen", 100000, "causes", List.of("ILLNESS"), "level", "GENERAL"))
                .post("/api/v1/hardship-files").then().statusCode(201).extract().jsonPath().getLong("id");
        long small = Fixtures.member(tree.enterpriseUnion());
        String bootstrap = org.eclipse.microprofile.config.ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        cn.gonghui.testkit.KafkaProbe.send(bootstrap, "benefits.events", "claims/1", settled(1, small, 4_999_999));
        // the same key as the small claim: one partition, so the small one is applied first
        cn.gonghui.testkit.KafkaProbe.send(bootstrap, "benefits.events", "claims/1", settled(2, member, 6_000_000));
        Fixtures.awaitReplica(() -> HardshipLead.count("memberId", member) == 1);
        Api.asOfficer(tree.street()).get("/api/v1/hardship-files/leads").then().statusCode(200)
                .body("items.findAll { it.memberId == " + member + "L }.size()", equalTo(1))
                .body("items.findAll { it.memberId == " + small + "L }.size()", equalTo(0));
        Api.asAdmin().get("/api/v1/hardship-files/" + file).then().body("flags", hasItem("LARGE_MEDICAL_CLAIM"));
        long otherStreet = Fixtures.union(tree.district(), "STREET_TOWN_FEDERATION");
        Api.asOfficer(otherStreet).get("/api/v1/hardship-files/leads").then().statusCode(200)
                .body("items.findAll { it.memberId == " + member + "L }.size()", equalTo(0));
    }

    private String settled(long claimId, long member, long paidFen) {
        return "{\"specversion\":\"1.0\",\"id\":\"" + java.util.UUID.randomUUID() + "\",\"source\":\"/gonghui/benefits\","
                + "\"type\":\"ClaimSettled\",\"time\":\"2026-11-23T10:00:00+08:00\",\"subject\":\"claims/" + claimId + "\","
                + "\"datacontenttype\":\"application/json\",\"data\":{\"claimId\":" + claimId + ",\"memberId\":" + member
                + ",\"unionId\":" + tree.enterpriseUnion() + ",\"planId\":1,\"planKind\":\"INPATIENT_MEDICAL\",\"paidFen\":" + paidFen
                + ",\"paidOn\":\"" + today() + "\"}}";
    }
}
