package cn.gonghui.membership.union;

import static cn.gonghui.membership.Fixtures.createUnion;
import static cn.gonghui.membership.Fixtures.tree;
import static cn.gonghui.testkit.Api.asAdmin;
import static cn.gonghui.testkit.Api.asOfficer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import cn.gonghui.membership.Fixtures;
import cn.gonghui.testkit.TestIdentifiers;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class UnionTreeTest {

    @Inject
    AgroalDataSource db;

    @Test
    void buildsPathsDownTheTree() {
        var t = tree();
        asAdmin().get("/api/v1/unions/" + t.enterpriseUnion()).then().statusCode(200)
                .body("path", equalTo("/" + t.district() + "/" + t.street() + "/" + t.enterpriseUnion() + "/"))
                .body("kind", equalTo("ENTERPRISE_UNION"))
                .body("status", equalTo("ACTIVE"));
    }

    /**
     * Before: with an Idempotency-Key the answer was built before the path update reached the row, so it said
     * version 0 while the row was at 1, and the next PATCH with that ETag failed with 412 (S13).
     */
    @Test
    void theETagOfAFoundingIsTheOneToChangeItWith() {
        var t = tree();
        for (boolean withKey : List.of(true, false)) {
            var request = asAdmin().body(Map.of("name", "新建工会", "kind", "BUILDING_UNION", "parentId", t.street()));
            if (withKey) {
                request.header("Idempotency-Key", UUID.randomUUID().toString());
            }
            var created = request.post("/api/v1/unions").then().statusCode(201).extract();
            long id = created.jsonPath().getLong("id");
            String etag = created.header("ETag");
            assertThat(etag).isEqualTo("\"" + created.jsonPath().getLong("version") + "\"");
            asAdmin().get("/api/v1/unions/" + id).then().statusCode(200).header("ETag", equalTo(etag));
            asAdmin().header("If-Match", etag).body(Map.of("name", "改名工会")).patch("/api/v1/unions/" + id)
                    .then().statusCode(200).body("name", equalTo("改名工会"));
        }
    }

    @Test
    void kindsMustFitTheirParent() {
        var t = tree();
        asAdmin().body(Map.of("name", "x", "kind", "STREET_TOWN_FEDERATION", "parentId", t.street()))
                .post("/api/v1/unions").then().statusCode(400).body("errors[0].field", equalTo("kind"));
        asAdmin().body(Map.of("name", "x", "kind", "BUILDING_UNION", "parentId", t.enterpriseUnion()))
                .post("/api/v1/unions").then().statusCode(400).body("errors[0].field", equalTo("kind"));
        asAdmin().body(Map.of("name", "x", "kind", "BUILDING_UNION"))
                .post("/api/v1/unions").then().statusCode(400).body("errors[0].field", equalTo("kind"));
    }

    @Test
    void onlyDistrictAdminsCreateARoot() {
        var t = tree();
        asOfficer(t.street()).body(Map.of("name", "x", "kind", "DISTRICT_FEDERATION"))
                .post("/api/v1/unions").then().statusCode(403);
    }

    @Test
    void renameNeedsTheCurrentEtag() {
        var t = tree();
        String etag = asAdmin().get("/api/v1/unions/" + t.street()).then().extract().header("ETag");
        String newEtag = asOfficer(t.street()).header("If-Match", etag).body(Map.of("name", "西红门地区总工会"))
                .patch("/api/v1/unions/" + t.street()).then().statusCode(200)
                .body("name", equalTo("西红门地区总工会")).extract().header("ETag");
        assertThat(newEtag).isNotEqualTo(etag);
        // a second officer still holding the old ETag loses instead of overwriting
        asOfficer(t.street()).header("If-Match", etag).body(Map.of("name", "lost update"))
                .patch("/api/v1/unions/" + t.street()).then().statusCode(412);
        asAdmin().get("/api/v1/unions/" + t.street()).then().body("name", equalTo("西红门地区总工会"));
    }

    @Test
    void moveCarriesTheWholeSubtree() {
        var t = tree();
        long otherStreet = createUnion(t.district(), "STREET_TOWN_FEDERATION", "旧宫镇总工会");
        long grandChild = createUnion(t.street(), "COMMUNITY_JOINT_UNION", "社区联合工会");
        asAdmin().body(Map.of("newParentId", otherStreet)).post("/api/v1/unions/" + grandChild + "/move")
                .then().statusCode(200).body("path", equalTo("/" + t.district() + "/" + otherStreet + "/" + grandChild + "/"));
        // moving a federation with children rewrites every descendant's path
        long park = createUnion(t.district(), "INDUSTRIAL_PARK_FEDERATION", "生物医药基地总工会");
        long inPark = createUnion(park, "ENTERPRISE_UNION", "园区企业工会");
        long district2 = createUnion(null, "DISTRICT_FEDERATION", "第二区总工会");
        asAdmin().body(Map.of("newParentId", district2)).post("/api/v1/unions/" + park + "/move").then().statusCode(200);
        asAdmin().get("/api/v1/unions/" + inPark).then()
                .body("path", equalTo("/" + district2 + "/" + park + "/" + inPark + "/"));
    }

    @Test
    void cannotMoveUnderItsOwnDescendant() {
        var t = tree();
        long park = createUnion(t.district(), "INDUSTRIAL_PARK_FEDERATION", "园区");
        asAdmin().body(Map.of("newParentId", t.enterpriseUnion())).post("/api/v1/unions/" + t.street() + "/move")
                .then().statusCode(400).body("errors[0].field", equalTo("newParentId"));
        asAdmin().body(Map.of("newParentId", park)).post("/api/v1/unions/" + t.district() + "/move")
                .then().statusCode(409);
    }

    @Test
    void dissolveOnlyWhenEmpty() {
        var t = tree();
        asAdmin().body(Map.of()).post("/api/v1/unions/" + t.street() + "/dissolve").then().statusCode(409)
                .body("type", equalTo("https://gonghui.cn/problems/invalid-state"));
        long member = Fixtures.enrol(t.enterpriseUnion());
        asAdmin().body(Map.of()).post("/api/v1/unions/" + t.enterpriseUnion() + "/dissolve").then().statusCode(409);
        asAdmin().body(Map.of()).post("/api/v1/members/" + member + "/leave").then().statusCode(200);
        asAdmin().body(Map.of("reason", "企业注销")).post("/api/v1/unions/" + t.enterpriseUnion() + "/dissolve")
                .then().statusCode(200).body("status", equalTo("DISSOLVED"));
        asAdmin().body(Map.of("name", "x", "kind", "PROJECT_UNION", "parentId", t.enterpriseUnion()))
                .post("/api/v1/unions").then().statusCode(400).body("errors[0].field", equalTo("parentId"));
    }

    /** Before: dissolve counted only active members, so a pending application or a transfer on its way outlived the union (S12). */
    @Test
    void aUnionWithAPendingApplicationOrATransferComingInIsNotDissolved() {
        var t = tree();
        long pending = asOfficer(t.enterpriseUnion()).body(Map.of("name", "待审批", "idNumber", TestIdentifiers.idNumber(), "unionId", t.enterpriseUnion()))
                .post("/api/v1/members/applications").then().statusCode(201).extract().jsonPath().getLong("id");
        asAdmin().body(Map.of()).post("/api/v1/unions/" + t.enterpriseUnion() + "/dissolve").then().statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsString("pending applications"));
        asAdmin().body(Map.of("reason", "不符合条件")).post("/api/v1/members/" + pending + "/reject").then().statusCode(200);
        asAdmin().body(Map.of()).post("/api/v1/unions/" + t.enterpriseUnion() + "/dissolve").then().statusCode(200);

        long receiving = createUnion(t.street(), "BUILDING_UNION", "接收工会");
        var other = tree();
        long member = Fixtures.enrol(other.enterpriseUnion());
        long transfer = asAdmin().body(Map.of("memberId", member, "toUnionId", receiving)).post("/api/v1/transfers")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        asAdmin().body(Map.of()).post("/api/v1/unions/" + receiving + "/dissolve").then().statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsString("transfers coming in"));
        asAdmin().post("/api/v1/transfers/" + transfer + "/cancel").then().statusCode(200);
        asAdmin().body(Map.of()).post("/api/v1/unions/" + receiving + "/dissolve").then().statusCode(200);
    }

    /** Before: an ancestor's officer could approve a pending application into a dissolved union: an ACTIVE member of a DISSOLVED union (S12). */
    @Test
    void aPendingApplicationOfADissolvedUnionIsNotApproved() throws Exception {
        var t = tree();
        long building = createUnion(t.street(), "BUILDING_UNION", "已撤销的楼宇工会");
        long pending = asOfficer(t.street()).body(Map.of("name", "待审批", "idNumber", TestIdentifiers.idNumber(), "unionId", building))
                .post("/api/v1/members/applications").then().statusCode(201).extract().jsonPath().getLong("id");
        // dissolved while the application was pending, as the rules before this fix allowed
        try (Connection c = db.getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE union_unit SET status = 'DISSOLVED', dissolved_on = current_date WHERE id = " + building);
        }
        asOfficer(t.street()).post("/api/v1/members/" + pending + "/approve").then().statusCode(409)
                .body("type", equalTo("https://gonghui.cn/problems/invalid-state"));
        asOfficer(t.street()).body(Map.of("reason", "工会已撤销")).post("/api/v1/members/" + pending + "/reject").then().statusCode(200);
    }

    @Test
    void officerSeesOnlyTheirSubtree() {
        var a = tree();
        var b = tree();
        asOfficer(a.street()).get("/api/v1/unions/" + a.enterpriseUnion()).then().statusCode(200);
        asOfficer(a.street()).get("/api/v1/unions/" + b.enterpriseUnion()).then().statusCode(404);
        asOfficer(a.street()).get("/api/v1/unions/" + a.district()).then().statusCode(404);
        asOfficer(a.street()).body(Map.of("name", "x", "kind", "BUILDING_UNION", "parentId", b.street()))
                .post("/api/v1/unions").then().statusCode(400).body("errors[0].field", equalTo("parentId"));
        asOfficer(a.street()).header("If-Match", "\"0\"").body(Map.of("name", "hijack"))
                .patch("/api/v1/unions/" + b.street()).then().statusCode(404);
        List<Long> ids = asOfficer(a.street()).queryParam("limit", 200).get("/api/v1/unions").then().statusCode(200)
                .extract().jsonPath().getList("items.id", Long.class);
        assertThat(ids).contains(a.street(), a.enterpriseUnion()).doesNotContain(a.district(), b.street(), b.enterpriseUnion());
    }

    @Test
    void officersOfADissolvedUnionLoseTheirScope() {
        var t = tree();
        long building = createUnion(t.street(), "BUILDING_UNION", "将撤销的楼宇工会");
        asOfficer(building).get("/api/v1/unions/" + building).then().statusCode(200);
        asAdmin().body(Map.of("reason", "楼宇拆除")).post("/api/v1/unions/" + building + "/dissolve").then().statusCode(200);
        asOfficer(building).get("/api/v1/unions").then().statusCode(403);
        asOfficer(building).get("/api/v1/unions/" + building).then().statusCode(403);
    }

    /** Before: an officer could dissolve their own union (and so end their own scope) but not move it (S22). */
    @Test
    void officerCannotDissolveTheirOwnUnion() {
        var t = tree();
        long building = createUnion(t.street(), "BUILDING_UNION", "楼宇工会");
        asOfficer(building).body(Map.of()).post("/api/v1/unions/" + building + "/dissolve").then().statusCode(403);
        asOfficer(t.street()).body(Map.of()).post("/api/v1/unions/" + building + "/dissolve").then().statusCode(200);
    }

    @Test
    void officerCannotMoveTheirOwnUnionOutOfTheirScope() {
        var a = tree();
        long park = createUnion(a.district(), "INDUSTRIAL_PARK_FEDERATION", "园区");
        asOfficer(a.enterpriseUnion()).body(Map.of("newParentId", park))
                .post("/api/v1/unions/" + a.enterpriseUnion() + "/move").then().statusCode(403);
    }

    @Test
    void subtreePagesWithACursor() {
        var t = tree();
        for (int i = 0; i < 3; i++) {
            createUnion(t.street(), "BUILDING_UNION", "楼宇工会" + i);
        }
        var first = asAdmin().queryParam("limit", 2).get("/api/v1/unions/" + t.street() + "/subtree").then().statusCode(200)
                .extract().jsonPath();
        assertThat(first.getList("items")).hasSize(2);
        String cursor = first.getString("nextCursor");
        assertThat(cursor).isNotBlank();
        var second = asAdmin().queryParam("limit", 2).queryParam("cursor", cursor)
                .get("/api/v1/unions/" + t.street() + "/subtree").then().statusCode(200).extract().jsonPath();
        var third = asAdmin().queryParam("limit", 2).queryParam("cursor", second.getString("nextCursor"))
                .get("/api/v1/unions/" + t.street() + "/subtree").then().statusCode(200).extract().jsonPath();
        assertThat(third.getString("nextCursor")).isNull();
        List<Long> all = new java.util.ArrayList<>(first.getList("items.id", Long.class));
        all.addAll(second.getList("items.id", Long.class));
        all.addAll(third.getList("items.id", Long.class));
        assertThat(all).hasSize(5).doesNotHaveDuplicates().isSorted();
    }
}
