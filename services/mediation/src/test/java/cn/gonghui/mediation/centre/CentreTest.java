package cn.gonghui.mediation.centre;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import cn.gonghui.mediation.Fixtures;
import cn.gonghui.testkit.Api;
import cn.gonghui.testkit.OrgTree;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Centres are registered in the officer's subtree under a unique name; a mediator is on a centre's roll once and sees only their centres. */
@QuarkusTest
class CentreTest {

    @Test
    void centresAndTheirRollsStayInScope() {
        OrgTree.Tree tree = Fixtures.tree();
        long otherStreet = Fixtures.union(tree.district(), "STREET_TOWN_FEDERATION");
        String name = "调解中心" + Fixtures.id();
        Map<String, Object> body = Map.of("unionId", tree.street(), "name", name, "kind", "TOWN_CENTRE");
        long centre = Api.asOfficer(tree.street()).body(body).post("/api/v1/centres").then().statusCode(201)
                .body("openCases", equalTo(0)).extract().jsonPath().getLong("id");
        Api.asOfficer(tree.street()).body(body).post("/api/v1/centres").then().statusCode(409).body("errors[0].field", equalTo("name"));
        Api.asOfficer(tree.street()).body(Map.of("unionId", otherStreet, "name", "别处" + Fixtures.id(), "kind", "TOWN_CENTRE"))
                .post("/api/v1/centres").then().statusCode(400).body("errors[0].field", equalTo("unionId"));
        long other = Fixtures.centre(otherStreet, "TOWN_CENTRE");

        Fixtures.Mediator m = Fixtures.mediator(centre);
        Api.asAdmin().body(Map.of("subject", m.subject(), "name", "again")).post("/api/v1/centres/" + centre + "/mediators")
                .then().statusCode(409);
        Api.asOfficer(otherStreet).body(Map.of("subject", "x-" + Fixtures.id(), "name", "x")).post("/api/v1/centres/" + centre + "/mediators")
                .then().statusCode(404);
        m.api().body(Map.of("subject", "y-" + Fixtures.id(), "name", "y")).post("/api/v1/centres/" + centre + "/mediators").then().statusCode(403);
        m.api().get("/api/v1/centres").then().statusCode(200).body("items.id", hasItem((int) centre), "items.id", not(hasItem((int) other)));
        m.api().get("/api/v1/centres/" + other).then().statusCode(404);
        Api.asOfficer(tree.street()).get("/api/v1/centres").then().statusCode(200)
                .body("items.id", hasItem((int) centre), "items.id", not(hasItem((int) other)));
    }
}
