package cn.gonghui.membership.member;

import static cn.gonghui.membership.Fixtures.enrol;
import static cn.gonghui.membership.Fixtures.tree;
import static cn.gonghui.testkit.Api.as;
import static cn.gonghui.testkit.Api.asAdmin;
import static cn.gonghui.testkit.Api.asMember;
import static cn.gonghui.testkit.Api.asOfficer;
import static cn.gonghui.testkit.Api.tokens;
import static cn.gonghui.testkit.TestIdentifiers.idNumber;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MemberTest {

    @Inject
    AgroalDataSource db;

    @Inject
    RealNameIdentity realName;

    /** An app user's token as the identity provider issues it after real-name verification of {@code idNumber}. */
    String applicant(String idNumber) {
        return tokens().mint("wx-" + UUID.randomUUID(), List.of("member"), Map.of(RealNameIdentity.CLAIM, realName.claimFor(idNumber)));
    }

    @Test
    void applicationIsApprovedByTheUnion() throws Exception {
        var t = tree();
        String id = idNumber();
        as(applicant(id))
                .body(Map.of("name", "李四", "idNumber", id, "phone", "13912345678", "unionId", t.enterpriseUnion()))
                .post("/api/v1/members/applications").then().statusCode(202)
                .body("status", equalTo("RECEIVED"));
        var pending = asOfficer(t.enterpriseUnion()).queryParam("status", "PENDING").get("/api/v1/members").then().statusCode(200)
                .body("items", org.hamcrest.Matchers.hasSize(1))
                .body("items[0].idNumber", equalTo("**************" + id.substring(14)))
                .body("items[0].phone", equalTo("139****5678"))
                .body("items[0].joinedOn", nullValue())
                .extract().jsonPath();
        long member = pending.getLong("items[0].id");
        asOfficer(t.enterpriseUnion()).post("/api/v1/members/" + member + "/approve").then().statusCode(200)
                .body("status", equalTo("ACTIVE"));
        asOfficer(t.enterpriseUnion()).post("/api/v1/members/" + member + "/approve").then().statusCode(409);
        // stored sealed: neither the ID number nor the phone appears in clear in the row
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT id_number_sealed, id_number_hash, phone_sealed FROM member WHERE id = ?")) {
            ps.setLong(1, member);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertThat(rs.getString(1)).startsWith("local1+ctx:").doesNotContain(id);
                assertThat(rs.getString(2)).doesNotContain(id);
                assertThat(rs.getString(3)).doesNotContain("13912345678");
            }
        }
    }

    /** Before: any app user could file a pending application in someone else's name, with a phone of their choosing (S2). */
    @Test
    void anApplicantAppliesOnlyInTheirOwnVerifiedName() {
        var t = tree();
        String mine = idNumber();
        String someoneElses = idNumber();
        String token = applicant(mine);
        as(token).body(Map.of("name", "冒名", "idNumber", someoneElses, "phone", "13900000000", "unionId", t.enterpriseUnion()))
                .post("/api/v1/members/applications").then().statusCode(403).contentType("application/problem+json");
        as(tokens().mint("wx-" + UUID.randomUUID(), List.of("member"), Map.of()))
                .body(Map.of("name", "无实名", "idNumber", mine, "unionId", t.enterpriseUnion()))
                .post("/api/v1/members/applications").then().statusCode(403);
        as(token).body(Map.of("name", "本人", "idNumber", mine, "unionId", t.enterpriseUnion()))
                .post("/api/v1/members/applications").then().statusCode(202);
        asOfficer(t.enterpriseUnion()).get("/api/v1/members").then().statusCode(200)
                .body("items", org.hamcrest.Matchers.hasSize(1))
                .body("items[0].name", equalTo("本人"));
    }

    /** Before: 409 when the person had a record anywhere in the district and 201 otherwise, a membership oracle for every app user (S2). */
    @Test
    void anApplicationAnswersTheSameWhetherOrNotThePersonHasARecord() {
        var t = tree();
        String member = idNumber();
        asAdmin().body(Map.of("name", "老会员", "idNumber", member, "unionId", t.enterpriseUnion())).post("/api/v1/members").then().statusCode(201);
        String known = as(applicant(member)).body(Map.of("name", "老会员", "idNumber", member, "unionId", t.street()))
                .post("/api/v1/members/applications").then().statusCode(202).extract().asString();
        String fresh = idNumber();
        String unknown = as(applicant(fresh)).body(Map.of("name", "新人", "idNumber", fresh, "unionId", t.street()))
                .post("/api/v1/members/applications").then().statusCode(202).extract().asString();
        assertThat(known).isEqualTo(unknown);
        asAdmin().queryParam("unionId", t.street()).queryParam("status", "PENDING").get("/api/v1/members").then().statusCode(200)
                .body("items.name", org.hamcrest.Matchers.contains("新人"));
    }

    /** The test profile allows 3 applications per account and day. */
    @Test
    void applicationsFromOneAccountAreLimited() {
        var t = tree();
        String id = idNumber();
        String token = applicant(id);
        for (int i = 0; i < 3; i++) {
            as(token).body(Map.of("name", "重复", "idNumber", id, "unionId", t.enterpriseUnion()))
                    .post("/api/v1/members/applications").then().statusCode(202);
        }
        as(token).body(Map.of("name", "重复", "idNumber", id, "unionId", t.enterpriseUnion()))
                .post("/api/v1/members/applications").then().statusCode(429)
                .body("type", equalTo("https://gonghui.cn/problems/too-many-requests"));
    }

    @Test
    void rejectionKeepsTheReasonAndAllowsANewApplication() {
        var t = tree();
        String id = idNumber();
        Map<String, Object> body = Map.of("name", "王五", "idNumber", id, "unionId", t.enterpriseUnion());
        long member = asOfficer(t.street()).body(body).post("/api/v1/members/applications").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        asOfficer(t.street()).body(Map.of()).post("/api/v1/members/" + member + "/reject").then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        asOfficer(t.street()).body(Map.of("reason", "非本单位职工")).post("/api/v1/members/" + member + "/reject")
                .then().statusCode(200).body("status", equalTo("REJECTED")).body("rejectReason", equalTo("非本单位职工"));
        asOfficer(t.street()).body(body).post("/api/v1/members/applications").then().statusCode(201);
    }

    @Test
    void samePersonTwiceIsAConflict() {
        var t = tree();
        String id = idNumber();
        asAdmin().body(Map.of("name", "赵六", "idNumber", id, "unionId", t.enterpriseUnion())).post("/api/v1/members")
                .then().statusCode(201);
        asAdmin().body(Map.of("name", "赵六", "idNumber", id.toLowerCase(), "unionId", t.street())).post("/api/v1/members")
                .then().statusCode(409).body("errors[0].field", equalTo("idNumber"));
    }

    @Test
    void aMemberWhoLeftMayJoinAgain() {
        var t = tree();
        String id = idNumber();
        Map<String, Object> body = Map.of("name", "回归", "idNumber", id, "unionId", t.enterpriseUnion());
        long first = asAdmin().body(body).post("/api/v1/members").then().statusCode(201).extract().jsonPath().getLong("id");
        asAdmin().body(body).post("/api/v1/members").then().statusCode(409);
        asAdmin().body(Map.of("reason", "辞职")).post("/api/v1/members/" + first + "/leave").then().statusCode(200);
        long again = asAdmin().body(body).post("/api/v1/members").then().statusCode(201).extract().jsonPath().getLong("id");
        assertThat(again).isNotEqualTo(first);
    }

    @Test
    void cannotLeaveWithAnOpenTransfer() {
        var a = tree();
        var b = tree();
        long member = enrol(a.enterpriseUnion());
        asAdmin().body(Map.of("memberId", member, "toUnionId", b.street())).post("/api/v1/transfers").then().statusCode(201);
        asAdmin().body(Map.of()).post("/api/v1/members/" + member + "/leave").then().statusCode(409)
                .body("type", equalTo("https://gonghui.cn/problems/invalid-state"));
    }

    @Test
    void anEnterpriseOutsideTheOfficersScopeIsRefused() {
        var a = tree();
        var b = tree();
        long foreign = cn.gonghui.membership.Fixtures.registerEnterprise(b.enterpriseUnion());
        asOfficer(a.street()).body(Map.of("name", "x", "idNumber", idNumber(), "unionId", a.enterpriseUnion(), "enterpriseId", foreign))
                .post("/api/v1/members").then().statusCode(400).body("errors[0].field", equalTo("enterpriseId"));
        long own = cn.gonghui.membership.Fixtures.registerEnterprise(a.enterpriseUnion());
        asOfficer(a.street()).body(Map.of("name", "x", "idNumber", idNumber(), "unionId", a.enterpriseUnion(), "enterpriseId", own))
                .post("/api/v1/members").then().statusCode(201).body("enterpriseId", equalTo((int) own));
    }

    @Test
    void unknownStatusFilterNamesTheParameter() {
        asAdmin().queryParam("status", "SLEEPING").get("/api/v1/members").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("status"))
                .body("errors[0].problem", org.hamcrest.Matchers.containsString("ACTIVE"));
    }

    @Test
    void invalidIdNumberAndPhoneNameTheirFields() {
        var t = tree();
        asAdmin().body(Map.of("name", "x", "idNumber", "110105194912310021", "phone", "12345", "unionId", t.street()))
                .post("/api/v1/members").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("idNumber", "phone"));
    }

    @Test
    void memberSeesOnlyThemselves() {
        var t = tree();
        long me = enrol(t.enterpriseUnion());
        long other = enrol(t.enterpriseUnion());
        asMember(me).get("/api/v1/members/" + me).then().statusCode(200).body("id", equalTo((int) me));
        asMember(me).get("/api/v1/members/me").then().statusCode(200).body("id", equalTo((int) me));
        asMember(me).get("/api/v1/members/" + other).then().statusCode(404);
        asMember(me).get("/api/v1/members").then().statusCode(403);
        asMember(me).body(Map.of("reason", "x")).post("/api/v1/members/" + me + "/unmask").then().statusCode(403);
    }

    @Test
    void memberEditsOnlyTheirOwnContact() {
        var t = tree();
        long me = enrol(t.enterpriseUnion());
        long other = enrol(t.enterpriseUnion());
        String etag = asMember(me).get("/api/v1/members/me").then().extract().header("ETag");
        asMember(me).header("If-Match", etag).body(Map.of("phone", "13700001111"))
                .patch("/api/v1/members/" + me + "/contact").then().statusCode(200).body("phone", equalTo("137****1111"));
        asMember(me).header("If-Match", etag).body(Map.of("phone", "13700002222"))
                .patch("/api/v1/members/" + me + "/contact").then().statusCode(412);
        asMember(me).header("If-Match", "\"0\"").body(Map.of("phone", "13700002222"))
                .patch("/api/v1/members/" + other + "/contact").then().statusCode(404);
        asOfficer(t.enterpriseUnion()).header("If-Match", "\"0\"").body(Map.of("phone", "13700002222"))
                .patch("/api/v1/members/" + other + "/contact").then().statusCode(403);
    }

    @Test
    void officerOfAnotherTreeIsDenied() {
        var a = tree();
        var b = tree();
        long inB = enrol(b.enterpriseUnion());
        asOfficer(a.street()).get("/api/v1/members/" + inB).then().statusCode(404);
        asOfficer(a.street()).post("/api/v1/members/" + inB + "/approve").then().statusCode(404);
        asOfficer(a.street()).body(Map.of()).post("/api/v1/members/" + inB + "/leave").then().statusCode(404);
        asOfficer(a.street()).body(Map.of("reason", "x")).post("/api/v1/members/" + inB + "/unmask").then().statusCode(404);
        asOfficer(a.street()).queryParam("unionId", b.enterpriseUnion()).get("/api/v1/members").then().statusCode(404);
        List<Long> visible = asOfficer(a.street()).queryParam("limit", 200).get("/api/v1/members").then().statusCode(200)
                .extract().jsonPath().getList("items.id", Long.class);
        assertThat(visible).doesNotContain(inB);
        asOfficer(a.street()).body(Map.of("name", "x", "idNumber", idNumber(), "unionId", b.enterpriseUnion()))
                .post("/api/v1/members").then().statusCode(400).body("errors[0].field", equalTo("unionId"));
    }

    /** Before: GET /members?idNumber= put the full number in every access log, proxy and trace on the way (S5). */
    @Test
    void theIdNumberNeverTravelsInAUrl() {
        var t = tree();
        String id = idNumber();
        asAdmin().body(Map.of("name", "孙七", "idNumber", id, "unionId", t.enterpriseUnion())).post("/api/v1/members").then().statusCode(201);
        asOfficer(t.street()).queryParam("idNumber", id).get("/api/v1/members").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("idNumber"))
                .body("detail", containsString("POST /api/v1/members/search"));
    }

    /**
     * Before: any officer could test candidate ID numbers against GET /members?idNumber=, unaudited and
     * unlimited, and so recover a full number from the masked one without the unmask permission (S1).
     */
    @Test
    void findingAPersonByIdNumberNeedsThePermissionAReasonAndIsAudited() throws Exception {
        var t = tree();
        String id = idNumber();
        long member = asAdmin().body(Map.of("name", "孙七", "idNumber", id, "unionId", t.enterpriseUnion()))
                .post("/api/v1/members").then().statusCode(201).extract().jsonPath().getLong("id");
        Map<String, Object> search = Map.of("idNumber", id, "reason", "核对入会资格");
        asOfficer(t.street()).body(search).post("/api/v1/members/search").then().statusCode(403)
                .contentType("application/problem+json");
        String reader = tokens().mint("searcher-" + t.street(), List.of("officer", "personal-data-reader"), Map.of("unionId", t.street()));
        as(reader).body(Map.of("idNumber", id)).post("/api/v1/members/search").then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        as(reader).body(Map.of("idNumber", "110105194912310021", "reason", "x")).post("/api/v1/members/search").then().statusCode(400)
                .body("errors[0].field", equalTo("idNumber"));
        as(reader).body(search).post("/api/v1/members/search").then().statusCode(200)
                .header("Cache-Control", containsString("no-store"))
                .body("items.id", org.hamcrest.Matchers.contains((int) member))
                .body("items[0].idNumber", equalTo("**************" + id.substring(14)));
        as(reader).body(Map.of("idNumber", idNumber(), "reason", "核对入会资格")).post("/api/v1/members/search").then().statusCode(200)
                .body("items", org.hamcrest.Matchers.empty());
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT outcome, actor, subject_id, fields, reason FROM personal_data_access WHERE subject_type = 'member-search'"
                        + " AND actor IN (?, ?) ORDER BY id")) {
            ps.setString(1, "officer-of-" + t.street());
            ps.setString(2, "searcher-" + t.street());
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("DENIED");
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("GRANTED");
                assertThat(rs.getString(3)).isEqualTo(String.valueOf(member));
                assertThat(rs.getString(4)).isEqualTo("idNumber");
                assertThat(rs.getString(5)).isEqualTo("核对入会资格");
                assertThat(rs.next()).as("a search that finds nothing is on record too").isTrue();
                assertThat(rs.getString(3)).isEqualTo("none");
                assertThat(rs.next()).isFalse();
            }
        }
    }

    /** The test profile allows 5 searches per caller and hour; before, a sweep of 2,800 candidates took under a second. */
    @Test
    void searchesByIdNumberAreLimitedPerCaller() {
        var t = tree();
        String sweeper = tokens().mint("sweeper-" + t.street(), List.of("officer", "personal-data-reader"), Map.of("unionId", t.street()));
        for (int i = 0; i < 5; i++) {
            as(sweeper).body(Map.of("idNumber", idNumber(), "reason", "核对")).post("/api/v1/members/search").then().statusCode(200);
        }
        as(sweeper).body(Map.of("idNumber", idNumber(), "reason", "核对")).post("/api/v1/members/search").then().statusCode(429)
                .contentType("application/problem+json")
                .body("type", equalTo("https://gonghui.cn/problems/too-many-requests"));
        String other = tokens().mint("other-" + t.street(), List.of("officer", "personal-data-reader"), Map.of("unionId", t.street()));
        as(other).body(Map.of("idNumber", idNumber(), "reason", "核对")).post("/api/v1/members/search").then().statusCode(200);
    }

    @Test
    void leavingAndRetiring() {
        var t = tree();
        long retiree = enrol(t.enterpriseUnion());
        asOfficer(t.enterpriseUnion()).body(Map.of("retiredOn", "2020-06-30")).post("/api/v1/members/" + retiree + "/retire")
                .then().statusCode(200).body("status", equalTo("ACTIVE")).body("retired", equalTo(true))
                .body("retiredOn", equalTo("2020-06-30"));
        asOfficer(t.enterpriseUnion()).body(Map.of()).post("/api/v1/members/" + retiree + "/retire").then().statusCode(409);
        long leaver = enrol(t.enterpriseUnion());
        asOfficer(t.enterpriseUnion()).body(Map.of("leftOn", "2099-01-01")).post("/api/v1/members/" + leaver + "/leave")
                .then().statusCode(400).body("errors[0].field", equalTo("leftOn"));
        asOfficer(t.enterpriseUnion()).body(Map.of()).post("/api/v1/members/" + leaver + "/leave").then().statusCode(200)
                .body("status", equalTo("LEFT"));
        asOfficer(t.enterpriseUnion()).body(Map.of()).post("/api/v1/members/" + leaver + "/leave").then().statusCode(409);
    }

    @Test
    void unmaskNeedsThePermissionAndIsAudited() throws Exception {
        var t = tree();
        String id = idNumber();
        long member = asAdmin().body(Map.of("name", "周八", "idNumber", id, "phone", "13611112222", "unionId", t.enterpriseUnion()))
                .post("/api/v1/members").then().statusCode(201).extract().jsonPath().getLong("id");
        asOfficer(t.street()).body(Map.of("reason", "核对困难职工档案")).post("/api/v1/members/" + member + "/unmask")
                .then().statusCode(403);
        String reader = tokens().mint("officer-reader", List.of("officer", "personal-data-reader"), Map.of("unionId", t.street()));
        as(reader).body(Map.of()).post("/api/v1/members/" + member + "/unmask").then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        as(reader).body(Map.of("reason", "核对困难职工档案")).post("/api/v1/members/" + member + "/unmask")
                .then().statusCode(200).body("idNumber", equalTo(id)).body("phone", equalTo("13611112222"))
                .header("Cache-Control", containsString("no-store"));
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT actor, actor_roles, fields, reason FROM personal_data_access WHERE subject_type = 'member' AND subject_id = ?"
                        + " AND outcome = 'GRANTED'")) {
            ps.setString(1, String.valueOf(member));
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("officer-reader");
                assertThat(rs.getString(2)).isEqualTo("officer,personal-data-reader");
                assertThat(rs.getString(3)).isEqualTo("idNumber,phone");
                assertThat(rs.getString(4)).isEqualTo("核对困难职工档案");
                assertThat(rs.next()).as("exactly one granted read").isFalse();
            }
        }
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT actor, actor_union_id FROM personal_data_access WHERE subject_id = ? AND outcome = 'DENIED'")) {
            ps.setString(1, String.valueOf(member));
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).as("the attempt without the permission is on record").isTrue();
                assertThat(rs.getString(1)).isEqualTo("officer-of-" + t.street());
                assertThat(rs.getLong(2)).isEqualTo(t.street());
                assertThat(rs.next()).isFalse();
            }
        }
    }

    /** Before: the service's own role could rewrite or erase the record of who read what. */
    @Test
    void theUnmaskAuditCannotBeRewrittenOrErased() throws Exception {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO personal_data_access (actor, actor_roles, subject_type, subject_id, fields, reason, accessed_at)"
                    + " VALUES ('someone', 'officer', 'member', '1', 'idNumber', 'a row to tamper with', now())");
            for (String tamper : List.of("UPDATE personal_data_access SET reason = 'nothing to see'",
                    "DELETE FROM personal_data_access", "TRUNCATE personal_data_access")) {
                assertThatThrownBy(() -> s.execute(tamper)).as(tamper).hasMessageContaining("append-only");
            }
        }
    }
}
