package cn.gonghui.membership.honour;

import static cn.gonghui.membership.Fixtures.enrol;
import static cn.gonghui.membership.Fixtures.registerEnterprise;
import static cn.gonghui.membership.Fixtures.tree;
import static cn.gonghui.testkit.Api.asAdmin;
import static cn.gonghui.testkit.Api.asMember;
import static cn.gonghui.testkit.Api.asOfficer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import cn.gonghui.membership.Fixtures.Tree;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HonourTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void recordsHonoursOfAMemberATeamAndAnEnterprise() {
        Tree t = tree();
        long member = enrol(t.enterpriseUnion());
        long enterprise = registerEnterprise(t.enterpriseUnion());

        Response medal = asOfficer(t.street())
                .body(honour("MAY_DAY_MEDAL", "MUNICIPAL", 2018, t.enterpriseUnion(), "2018年北京市五一劳动奖章",
                        "recipientType", "MEMBER", "memberId", member, "awardedOn", "2018-04-28"))
                .post("/api/v1/honours")
                .then().statusCode(201).header("ETag", "\"0\"")
                .extract().response();
        long medalId = medal.jsonPath().getLong("id");
        assertThat(medal.header("Location")).endsWith("/api/v1/honours/" + medalId);
        JsonPath read = asAdmin().get("/api/v1/honours/{id}", medalId).then().statusCode(200).extract().jsonPath();
        assertThat(read.getString("kind")).isEqualTo("MAY_DAY_MEDAL");
        assertThat(read.getString("level")).isEqualTo("MUNICIPAL");
        assertThat(read.getInt("year")).isEqualTo(2018);
        assertThat(read.getString("recipientType")).isEqualTo("MEMBER");
        assertThat(read.getLong("memberId")).isEqualTo(member);
        assertThat(read.getString("enterpriseId")).isNull();
        assertThat(read.getString("teamName")).isNull();
        assertThat(read.getLong("unionId")).isEqualTo(t.enterpriseUnion());
        assertThat(read.getString("title")).isEqualTo("2018年北京市五一劳动奖章");
        assertThat(read.getString("awardedOn")).isEqualTo("2018-04-28");

        JsonPath team = asOfficer(t.street())
                .body(honour("WORKER_PIONEER", "NATIONAL", 2016, t.enterpriseUnion(), "2016年全国工人先锋号",
                        "recipientType", "TEAM", "teamName", "  变电运维一班 ", "enterpriseId", enterprise))
                .post("/api/v1/honours")
                .then().statusCode(201).extract().jsonPath();
        assertThat(team.getString("recipientType")).isEqualTo("TEAM");
        assertThat(team.getString("teamName")).isEqualTo("变电运维一班");
        assertThat(team.getLong("enterpriseId")).isEqualTo(enterprise);
        assertThat(team.getString("memberId")).isNull();
        assertThat(team.getString("awardedOn")).isNull();

        JsonPath award = asAdmin()
                .body(honour("MAY_DAY_AWARD", "PROVINCIAL", 2018, t.street(), "2018年北京市五一劳动奖状",
                        "recipientType", "ENTERPRISE", "enterpriseId", enterprise))
                .post("/api/v1/honours")
                .then().statusCode(201).extract().jsonPath();
        assertThat(award.getString("kind")).isEqualTo("MAY_DAY_AWARD");
        assertThat(award.getString("recipientType")).isEqualTo("ENTERPRISE");
        assertThat(award.getLong("enterpriseId")).isEqualTo(enterprise);
        assertThat(award.getLong("unionId")).isEqualTo(t.street());
        assertThat(award.getString("teamName")).isNull();
    }

    @Test
    void refusesARecipientTheHonourDoesNotGoTo() {
        Tree t = tree();
        long member = enrol(t.enterpriseUnion());
        long enterprise = registerEnterprise(t.enterpriseUnion());

        // 五一劳动奖状 goes to an enterprise or a team, never a person
        expectInvalid(asAdmin(), honour("MAY_DAY_AWARD", "MUNICIPAL", 2018, t.street(), "奖状",
                "recipientType", "MEMBER", "memberId", member), "recipientType");
        // 劳动模范 goes to a person
        expectInvalid(asAdmin(), honour("MODEL_WORKER", "MUNICIPAL", 2018, t.street(), "劳模",
                "recipientType", "ENTERPRISE", "enterpriseId", enterprise), "recipientType");
        // 工人先锋号 goes to a team
        expectInvalid(asAdmin(), honour("WORKER_PIONEER", "MUNICIPAL", 2018, t.street(), "先锋号",
                "recipientType", "ENTERPRISE", "enterpriseId", enterprise), "recipientType");
        // 职工创新工作室 is run by a team or an enterprise, not a person
        expectInvalid(asAdmin(), honour("INNOVATION_STUDIO", "DISTRICT", 2018, t.street(), "创新工作室",
                "recipientType", "MEMBER", "memberId", member), "recipientType");

        // the recipient fields must match the recipient type
        expectInvalid(asAdmin(), honour("MODEL_WORKER", "MUNICIPAL", 2018, t.street(), "劳模",
                "recipientType", "MEMBER"), "memberId");
        expectInvalid(asAdmin(), honour("MODEL_WORKER", "MUNICIPAL", 2018, t.street(), "劳模",
                "recipientType", "MEMBER", "memberId", member, "teamName", "一班"), "teamName");
        expectInvalid(asAdmin(), honour("WORKER_PIONEER", "MUNICIPAL", 2018, t.street(), "先锋号",
                "recipientType", "TEAM", "teamName", "   "), "teamName");
        expectInvalid(asAdmin(), honour("MAY_DAY_AWARD", "MUNICIPAL", 2018, t.street(), "奖状",
                "recipientType", "ENTERPRISE"), "enterpriseId");
        expectInvalid(asAdmin(), honour("MAY_DAY_AWARD", "MUNICIPAL", 2018, t.street(), "奖状",
                "recipientType", "ENTERPRISE", "enterpriseId", 999_999_999L), "enterpriseId");
        expectInvalid(asAdmin(), honour("MODEL_WORKER", "MUNICIPAL", 2018, t.street(), "劳模",
                "recipientType", "MEMBER", "memberId", 999_999_999L), "memberId");

        // years from 1950 to this year (Asia/Shanghai)
        int thisYear = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        expectInvalid(asAdmin(), honour("MODEL_WORKER", "NATIONAL", 1949, t.street(), "劳模",
                "recipientType", "MEMBER", "memberId", member), "year");
        expectInvalid(asAdmin(), honour("MODEL_WORKER", "NATIONAL", thisYear + 1, t.street(), "劳模",
                "recipientType", "MEMBER", "memberId", member), "year");
        expectInvalid(asAdmin(), honour("MODEL_WORKER", "NATIONAL", 2018, t.street(), "劳模",
                "recipientType", "MEMBER", "memberId", member, "awardedOn", "2017-12-31"), "awardedOn");

        // none of the refused requests left a record behind
        List<Long> ids = asAdmin().queryParam("unionId", t.district()).get("/api/v1/honours")
                .then().statusCode(200).extract().jsonPath().getList("items.id", Long.class);
        assertThat(ids).isEmpty();
    }

    @Test
    void theSameHonourGoesToTheSameRecipientOnce() {
        Tree t = tree();
        long member = enrol(t.enterpriseUnion());
        Map<String, Object> body = honour("MODEL_WORKER", "MUNICIPAL", 2018, t.enterpriseUnion(), "2018年度北京市劳动模范",
                "recipientType", "MEMBER", "memberId", member);
        asAdmin().body(body).post("/api/v1/honours").then().statusCode(201);

        asOfficer(t.street()).body(body).post("/api/v1/honours")
                .then().statusCode(409)
                .header("Content-Type", startsWith(PROBLEM))
                .body("type", equalTo("https://gonghui.cn/problems/conflict"))
                .body("errors[0].field", equalTo("memberId"));

        Map<String, Object> team = honour("WORKER_PIONEER", "DISTRICT", 2017, t.enterpriseUnion(), "2017年大兴区工人先锋号",
                "recipientType", "TEAM", "teamName", "质检班");
        asAdmin().body(team).post("/api/v1/honours").then().statusCode(201);
        asAdmin().body(team).post("/api/v1/honours")
                .then().statusCode(409)
                .header("Content-Type", startsWith(PROBLEM))
                .body("errors[0].field", equalTo("teamName"));

        // another level, another year or another team is a different honour
        asAdmin().body(honour("MODEL_WORKER", "NATIONAL", 2018, t.enterpriseUnion(), "2018年全国劳动模范",
                "recipientType", "MEMBER", "memberId", member)).post("/api/v1/honours").then().statusCode(201);
        asAdmin().body(honour("MODEL_WORKER", "MUNICIPAL", 2015, t.enterpriseUnion(), "2015年度北京市劳动模范",
                "recipientType", "MEMBER", "memberId", member)).post("/api/v1/honours").then().statusCode(201);
        asAdmin().body(honour("WORKER_PIONEER", "DISTRICT", 2017, t.enterpriseUnion(), "2017年大兴区工人先锋号",
                "recipientType", "TEAM", "teamName", "装配班")).post("/api/v1/honours").then().statusCode(201);
    }

    @Test
    void theSameIdempotencyKeyAnswersTheFirstAwardAgain() {
        Tree t = tree();
        long member = enrol(t.enterpriseUnion());
        Map<String, Object> body = honour("MAY_DAY_MEDAL", "DISTRICT", 2020, t.enterpriseUnion(), "2020年大兴区五一劳动奖章",
                "recipientType", "MEMBER", "memberId", member);
        String key = UUID.randomUUID().toString();
        long first = asOfficer(t.street()).header("Idempotency-Key", key).body(body).post("/api/v1/honours")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        Response again = asOfficer(t.street()).header("Idempotency-Key", key).body(body).post("/api/v1/honours")
                .then().statusCode(201).header("Idempotent-Replayed", "true").extract().response();
        assertThat(again.jsonPath().getLong("id")).isEqualTo(first);
        assertThat(again.header("Location")).endsWith("/api/v1/honours/" + first);
    }

    @Test
    void officersSeeAndRecordHonoursOnlyInTheirSubtree() {
        Tree mine = tree();
        Tree other = tree();
        long member = enrol(mine.enterpriseUnion());
        long id = asOfficer(mine.street())
                .body(honour("MODEL_WORKER", "DISTRICT", 2019, mine.street(), "2019年度大兴区劳动模范",
                        "recipientType", "MEMBER", "memberId", member))
                .post("/api/v1/honours").then().statusCode(201).extract().jsonPath().getLong("id");

        asOfficer(mine.district()).get("/api/v1/honours/{id}", id).then().statusCode(200);
        asOfficer(other.district()).get("/api/v1/honours/{id}", id)
                .then().statusCode(404)
                .header("Content-Type", startsWith(PROBLEM))
                .body("type", equalTo("https://gonghui.cn/problems/not-found"));
        // the honour is held by the street federation: an officer of the enterprise union below does not see it
        asOfficer(mine.enterpriseUnion()).get("/api/v1/honours/{id}", id).then().statusCode(404);

        // recording for a union, or for a member, outside your subtree
        expectInvalid(asOfficer(other.district()), honour("MODEL_WORKER", "DISTRICT", 2019, mine.street(), "劳模",
                "recipientType", "MEMBER", "memberId", member), "unionId");
        expectInvalid(asOfficer(other.district()), honour("MAY_DAY_MEDAL", "DISTRICT", 2019, other.street(), "奖章",
                "recipientType", "MEMBER", "memberId", member), "memberId");

        List<Long> otherSees = asOfficer(other.district()).get("/api/v1/honours")
                .then().statusCode(200).extract().jsonPath().getList("items.id", Long.class);
        assertThat(otherSees).doesNotContain(id);
        List<Long> mineSees = asOfficer(mine.district()).get("/api/v1/honours")
                .then().statusCode(200).extract().jsonPath().getList("items.id", Long.class);
        assertThat(mineSees).containsExactly(id);
        asOfficer(other.district()).queryParam("unionId", mine.street()).get("/api/v1/honours")
                .then().statusCode(404).header("Content-Type", startsWith(PROBLEM));

        // members do not use the register
        asMember(member).get("/api/v1/honours/{id}", id)
                .then().statusCode(403).header("Content-Type", startsWith(PROBLEM));
    }

    @Test
    void listsFilterByYearKindAndUnionAndPage() {
        Tree t = tree();
        long worker = enrol(t.enterpriseUnion());
        long enterprise = registerEnterprise(t.enterpriseUnion());
        long modelWorker2016 = award(t, honour("MODEL_WORKER", "MUNICIPAL", 2016, t.enterpriseUnion(), "2016年度北京市劳动模范",
                "recipientType", "MEMBER", "memberId", worker));
        long medal2018 = award(t, honour("MAY_DAY_MEDAL", "MUNICIPAL", 2018, t.enterpriseUnion(), "2018年北京市五一劳动奖章",
                "recipientType", "MEMBER", "memberId", worker));
        long pioneer2018 = award(t, honour("WORKER_PIONEER", "DISTRICT", 2018, t.street(), "2018年大兴区工人先锋号",
                "recipientType", "TEAM", "teamName", "西红门镇环卫班"));
        long studio2018 = award(t, honour("INNOVATION_STUDIO", "DISTRICT", 2018, t.street(), "大兴区职工创新工作室",
                "recipientType", "ENTERPRISE", "enterpriseId", enterprise));

        assertThat(list(t, Map.of())).containsExactly(modelWorker2016, medal2018, pioneer2018, studio2018);
        assertThat(list(t, Map.of("year", 2018))).containsExactly(medal2018, pioneer2018, studio2018);
        assertThat(list(t, Map.of("year", 2018, "kind", "WORKER_PIONEER"))).containsExactly(pioneer2018);
        assertThat(list(t, Map.of("kind", "MODEL_WORKER"))).containsExactly(modelWorker2016);
        assertThat(list(t, Map.of("year", 2017))).isEmpty();
        assertThat(list(t, Map.of("unionId", t.enterpriseUnion()))).containsExactly(modelWorker2016, medal2018);
        assertThat(list(t, Map.of("level", "DISTRICT", "year", 2018))).containsExactly(pioneer2018, studio2018);

        JsonPath first = asOfficer(t.district()).queryParam("year", 2018).queryParam("limit", 2).get("/api/v1/honours")
                .then().statusCode(200).extract().jsonPath();
        assertThat(first.getList("items.id", Long.class)).containsExactly(medal2018, pioneer2018);
        String cursor = first.getString("nextCursor");
        assertThat(cursor).isNotBlank();
        JsonPath second = asOfficer(t.district()).queryParam("year", 2018).queryParam("limit", 2)
                .queryParam("cursor", cursor).get("/api/v1/honours")
                .then().statusCode(200).extract().jsonPath();
        assertThat(second.getList("items.id", Long.class)).containsExactly(studio2018);
        assertThat(second.getString("nextCursor")).isNull();
    }

    private static long award(Tree t, Map<String, Object> body) {
        return asOfficer(t.district()).body(body).post("/api/v1/honours")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static List<Long> list(Tree t, Map<String, ?> query) {
        return asOfficer(t.district()).queryParams(query).get("/api/v1/honours")
                .then().statusCode(200).extract().jsonPath().getList("items.id", Long.class);
    }

    private static void expectInvalid(RequestSpecification as, Map<String, Object> body, String field) {
        as.body(body).post("/api/v1/honours")
                .then().statusCode(400)
                .header("Content-Type", startsWith(PROBLEM))
                .body("type", equalTo("https://gonghui.cn/problems/validation"))
                .body("status", equalTo(400))
                .body("errors[0].field", equalTo(field));
    }

    /** An award body; {@code recipient} is name/value pairs (recipientType, memberId, teamName, awardedOn...). */
    private static Map<String, Object> honour(String kind, String level, int year, long unionId, String title,
            Object... recipient) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", kind);
        body.put("level", level);
        body.put("year", year);
        body.put("unionId", unionId);
        body.put("title", title);
        for (int i = 0; i < recipient.length; i += 2) {
            body.put((String) recipient[i], recipient[i + 1]);
        }
        return body;
    }
}
