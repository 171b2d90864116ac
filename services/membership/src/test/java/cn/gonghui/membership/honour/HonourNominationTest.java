package cn.gonghui.membership.honour;

import static cn.gonghui.membership.Fixtures.enrol;
import static cn.gonghui.membership.Fixtures.tree;
import static cn.gonghui.testkit.Api.asAdmin;
import static cn.gonghui.testkit.Api.asMember;
import static cn.gonghui.testkit.Api.asOfficer;
import static cn.gonghui.testkit.Api.asPartner;
import static org.hamcrest.Matchers.equalTo;

import cn.gonghui.membership.Fixtures.Tree;
import cn.gonghui.scope.Roles;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Nominations (推荐/申报) decided and honours revoked through the API; the new recipients; scope and bad input. */
@QuarkusTest
class HonourNominationTest {

    @Test
    void aNominationIsDecidedAndAConferredHonourRevokedWithIfMatch() {
        Tree t = tree();
        long id = create(t, Map.of("kind", "MODEL_WORKER", "level", "PROVINCIAL", "recipientType", "MEMBER",
                "memberId", enrol(t.enterpriseUnion()), "status", "NOMINATED", "nominatedOn", "2020-02-01"));
        asAdmin().get("/api/v1/honours/" + id).then().statusCode(200).body("status", equalTo("NOMINATED"))
                .body("nominatedOn", equalTo("2020-02-01")).body("awardedOn", equalTo(null));
        asOfficer(t.street()).body(Map.of("outcome", "CONFERRED")).post("/api/v1/honours/" + id + "/decision").then().statusCode(428);
        asOfficer(t.street()).header("If-Match", "\"0\"").body(Map.of("outcome", "CONFERRED", "on", "2020-01-31"))
                .post("/api/v1/honours/" + id + "/decision").then().statusCode(400).body("errors[0].field", equalTo("on"));
        asOfficer(t.street()).header("If-Match", "\"0\"").body(Map.of("on", "2020-04-28"))
                .post("/api/v1/honours/" + id + "/decision").then().statusCode(400).body("errors[0].field", equalTo("outcome"));
        asOfficer(t.street()).header("If-Match", "\"0\"").body(Map.of("outcome", "CONFERRED", "on", "2020-04-28"))
                .post("/api/v1/honours/" + id + "/decision").then().statusCode(200).header("ETag", "\"1\"")
                .body("status", equalTo("CONFERRED")).body("awardedOn", equalTo("2020-04-28"));
        asOfficer(t.street()).header("If-Match", "\"1\"").body(Map.of("outcome", "NOT_CONFERRED"))
                .post("/api/v1/honours/" + id + "/decision").then().statusCode(409);
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        asOfficer(t.street()).header("If-Match", "\"1\"").post("/api/v1/honours/" + id + "/revoke").then().statusCode(200)
                .body("status", equalTo("REVOKED")).body("revokedOn", equalTo(today));
        asOfficer(t.street()).header("If-Match", "\"2\"").post("/api/v1/honours/" + id + "/revoke").then().statusCode(409);
    }

    @Test
    void theNewRecipientsAndKindsAreCheckedFieldByField() {
        Tree t = tree();
        Tree other = tree();
        long member = enrol(t.enterpriseUnion());
        invalid(t, Map.of("kind", "COMMENDATION", "level", "STREET", "recipientType", "PERSON", "personName", "张三"), "programme");
        invalid(t, Map.of("kind", "CRAFTSMAN", "level", "DISTRICT", "recipientType", "PERSON"), "personName");
        invalid(t, Map.of("kind", "CRAFTSMAN", "level", "DISTRICT", "recipientType", "MEMBER", "memberId", member,
                "personName", "张三"), "personName");
        invalid(t, Map.of("kind", "MODEL_WORKERS_HOME", "level", "NATIONAL", "recipientType", "UNION"), "recipientUnionId");
        invalid(t, Map.of("kind", "MODEL_WORKERS_HOME", "level", "NATIONAL", "recipientType", "UNION",
                "recipientUnionId", other.enterpriseUnion()), "recipientUnionId");
        invalid(t, Map.of("kind", "MODEL_WORKERS_HOME", "level", "NATIONAL", "recipientType", "SERVICE_POINT",
                "servicePointId", 999_999_999L), "servicePointId");
        invalid(t, Map.of("kind", "MODEL_WORKERS_HOME", "level", "NATIONAL", "recipientType", "MEMBER", "memberId", member),
                "recipientType");
        invalid(t, Map.of("kind", "MODEL_WORKER", "level", "NATIONAL", "recipientType", "PERSON", "personName", "张三",
                "status", "NOMINATED", "awardedOn", "2020-05-01"), "awardedOn");
        invalid(t, Map.of("kind", "MODEL_WORKER", "level", "NATIONAL", "recipientType", "PERSON", "personName", "张三",
                "status", "REVOKED"), "status");
        invalid(t, Map.of("kind", "MODEL_WORKER", "level", "NATIONAL", "recipientType", "PERSON", "personName", "张三",
                "rewardFen", -1), "rewardFen");
        Map<String, Object> commendation = Map.of("kind", "COMMENDATION", "level", "STREET", "programme", "双爱双评",
                "recipientType", "PERSON", "personName", "张三");
        create(t, commendation);
        asAdmin().body(body(t, commendation)).post("/api/v1/honours").then().statusCode(409).body("errors[0].field", equalTo("personName"));
        Map<String, Object> otherProgramme = new HashMap<>(commendation);
        otherProgramme.put("programme", "优秀和谐劳动关系单位");
        create(t, otherProgramme);
    }

    @Test
    void anOfficerOfAnotherSubtreeAMemberAndAPartnerCannotDecideOrRevoke() {
        Tree t = tree();
        Tree other = tree();
        long member = enrol(t.enterpriseUnion());
        long id = create(t, Map.of("kind", "CRAFTSMAN", "level", "DISTRICT", "recipientType", "PERSON", "personName", "周九",
                "status", "NOMINATED"));
        for (String action : new String[] {"decision", "revoke"}) {
            String path = "/api/v1/honours/" + id + "/" + action;
            Map<String, Object> body = Map.of("outcome", "CONFERRED");
            asOfficer(other.district()).header("If-Match", "\"0\"").body(body).post(path).then().statusCode(404);
            asMember(member).header("If-Match", "\"0\"").body(body).post(path).then().statusCode(403);
            asPartner(Roles.INSURER, "pingan").header("If-Match", "\"0\"").body(body).post(path).then().statusCode(403);
        }
        asAdmin().get("/api/v1/honours/" + id).then().body("status", equalTo("NOMINATED"));
    }

    private static Map<String, Object> body(Tree t, Map<String, Object> fields) {
        Map<String, Object> body = new HashMap<>(fields);
        body.put("year", 2020);
        body.put("unionId", t.enterpriseUnion());
        body.put("title", "荣誉");
        return body;
    }

    private static long create(Tree t, Map<String, Object> fields) {
        return asAdmin().body(body(t, fields)).post("/api/v1/honours").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static void invalid(Tree t, Map<String, Object> fields, String field) {
        asOfficer(t.street()).body(body(t, fields)).post("/api/v1/honours").then().statusCode(400)
                .body("errors[0].field", equalTo(field));
    }
}
