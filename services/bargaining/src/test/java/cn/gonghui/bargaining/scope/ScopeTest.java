package cn.gonghui.bargaining.scope;

import static cn.gonghui.bargaining.Fixtures.enterprise;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import cn.gonghui.bargaining.Fixtures;
import cn.gonghui.testkit.Api;
import cn.gonghui.testkit.OrgTree;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An officer of another subtree: 404 by id, nothing in lists, 400 naming the field when pointing at what is not theirs. */
@QuarkusTest
class ScopeTest {

    @Test
    void anOfficerOfAnotherStreetSeesNoneOfTheOthersRecords() {
        OrgTree.Tree tree = Fixtures.tree();
        long e = enterprise(tree.enterpriseUnion());
        long other = Fixtures.union(tree.district(), "STREET_TOWN_FEDERATION");
        var own = Api.asOfficer(tree.street());
        long instructor = own.body(Map.of("unionId", tree.street(), "name", "钱指导", "level", "DISTRICT"))
                .post("/api/v1/instructors").then().statusCode(201).extract().jsonPath().getLong("id");
        long archive = Api.asOfficer(tree.street()).body(Map.of("enterpriseId", e, "passed", false, "findings", "缺少职代会决议"))
                .post("/api/v1/archive-inspections").then().statusCode(201).extract().jsonPath().getLong("id");
        long tripartite = Api.asOfficer(tree.street()).body(Map.of("unionId", tree.enterpriseUnion(), "partners", "区人社局", "findings", "良好"))
                .post("/api/v1/tripartite-inspections").then().statusCode(201).extract().jsonPath().getLong("id");
        Api.asOfficer(tree.street()).body(Map.of("enterpriseId", e)).post("/api/v1/model-enterprises").then().statusCode(201);
        Api.asOfficer(tree.street()).body(Map.of("recordComplete", true)).put("/api/v1/democratic-management/" + e).then().statusCode(201);

        Api.asOfficer(other).get("/api/v1/instructors/" + instructor).then().statusCode(404);
        Api.asOfficer(other).get("/api/v1/archive-inspections/" + archive).then().statusCode(404);
        Api.asOfficer(other).get("/api/v1/tripartite-inspections/" + tripartite).then().statusCode(404);
        Api.asOfficer(other).get("/api/v1/democratic-management/" + e).then().statusCode(404);
        Api.asOfficer(other).header("If-Match", "\"0\"").body(Map.of("leftOn", Fixtures.today().toString()))
                .post("/api/v1/instructors/" + instructor + "/departure").then().statusCode(404);
        Api.asOfficer(other).get("/api/v1/instructors").then().statusCode(200).body("items.id", not(hasItem((int) instructor)));
        Api.asOfficer(other).get("/api/v1/archive-inspections").then().statusCode(200).body("items.id", not(hasItem((int) archive)));
        Api.asOfficer(other).get("/api/v1/tripartite-inspections").then().statusCode(200).body("items.id", not(hasItem((int) tripartite)));
        Api.asOfficer(other).get("/api/v1/model-enterprises").then().statusCode(200).body("items.enterpriseId", not(hasItem(e)));
        Api.asOfficer(other).get("/api/v1/democratic-management").then().statusCode(200).body("items.enterpriseId", not(hasItem(e)));
        Api.asOfficer(other).body(Map.of("enterpriseId", e)).post("/api/v1/model-enterprises").then().statusCode(400)
                .body("errors[0].field", equalTo("enterpriseId"));
        Api.asOfficer(other).body(Map.of("unionId", tree.street(), "name", "孙指导", "level", "DISTRICT")).post("/api/v1/instructors")
                .then().statusCode(400).body("errors[0].field", equalTo("unionId"));
        Api.asOfficer(other).body(Map.of("unionId", other, "name", "孙指导", "level", "DISTRICT", "enterpriseIds", java.util.List.of(e)))
                .post("/api/v1/instructors").then().statusCode(400).body("errors[0].field", equalTo("enterpriseIds[0]"));

        Api.asOfficer(tree.street()).get("/api/v1/instructors/" + instructor).then().statusCode(200);
        Api.asOfficer(tree.street()).get("/api/v1/democratic-management").then().statusCode(200).body("items.enterpriseId", hasItem(e));
    }
}
