package cn.gonghui.mediation.dispute;

import static cn.gonghui.mediation.Fixtures.assign;
import static cn.gonghui.mediation.Fixtures.centre;
import static cn.gonghui.mediation.Fixtures.openCase;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import cn.gonghui.mediation.Fixtures;
import cn.gonghui.testkit.Api;
import cn.gonghui.testkit.OrgTree;
import cn.gonghui.testkit.PersonRegistryStub;
import cn.gonghui.testkit.TestIdentifiers;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who sees which case: member A never sees member B's (by id, list, cursor, payments, stats); a mediator only their
 * centres' cases; an officer only their subtree's. Outside your reach a case is a 404, as if it did not exist.
 */
@QuarkusTest
class AccessTest {

    OrgTree.Tree tree;
    long centre;

    @BeforeEach
    void setUp() {
        tree = Fixtures.tree();
        centre = centre(tree.street(), "TOWN_CENTRE");
    }

    long memberCase(long member) {
        String idNumber = TestIdentifiers.idNumber();
        PersonRegistryStub.member(idNumber, member);
        return openCase(centre, Map.of("idNumber", idNumber));
    }

    @Test
    void memberACannotReadMemberBsCaseByIdListCursorPaymentsOrStats() {
        long a = Fixtures.member(tree.enterpriseUnion());
        long b = Fixtures.member(tree.enterpriseUnion());
        long b1 = memberCase(b);
        long b2 = memberCase(b);
        long a1 = memberCase(a);

        Api.asMember(a).get("/api/v1/cases/" + a1).then().statusCode(200);
        Api.asMember(a).get("/api/v1/cases/" + b1).then().statusCode(404);
        Api.asMember(a).get("/api/v1/cases/" + b1 + "/payments").then().statusCode(404);
        Api.asMember(a).body(Map.of("reason", "x")).post("/api/v1/cases/" + b1 + "/withdrawal").then().statusCode(404);
        Api.asMember(a).get("/api/v1/cases/mine").then().statusCode(200).body("items.id", everyItem(equalTo((int) a1)));
        // B's cursor gives A nothing of B's
        String cursor = Api.asMember(b).get("/api/v1/cases/mine?limit=1").then().statusCode(200)
                .body("items[0].id", equalTo((int) b1), "nextCursor", notNullValue()).extract().jsonPath().getString("nextCursor");
        Api.asMember(a).get("/api/v1/cases/mine?cursor=" + cursor).then().statusCode(200)
                .body("items.id", not(hasItem((int) b2)), "items.id", everyItem(equalTo((int) a1)));
        // the staff list and the figures are not for members
        Api.asMember(a).get("/api/v1/cases").then().statusCode(403);
        Api.asMember(a).get("/api/v1/stats/mediation?unionId=" + tree.district()).then().statusCode(403);
        // nor the staff's steps
        Api.asMember(a).body(Map.of("reason", "FAILED")).post("/api/v1/cases/" + a1 + "/referral").then().statusCode(403);
    }

    @Test
    void aMediatorSeesOnlyTheCasesOfTheirCentresAndLosesThemWhenReleased() {
        long other = centre(tree.street(), "TOWN_CENTRE");
        Fixtures.Mediator m = Fixtures.mediator(centre);
        long mine = openCase(centre, Map.of());
        long theirs = openCase(other, Map.of());
        m.api().get("/api/v1/cases/" + mine).then().statusCode(200);
        m.api().get("/api/v1/cases/" + theirs).then().statusCode(404);
        m.api().get("/api/v1/cases").then().statusCode(200).body("items.id", hasItem((int) mine), "items.id", not(hasItem((int) theirs)));
        m.api().get("/api/v1/stats/mediation?unionId=" + tree.street()).then().statusCode(403);
        // a token whose subject mediates nowhere sees nothing
        Fixtures.asMediator("nobody-" + Fixtures.id()).get("/api/v1/cases").then().statusCode(200).body("items.size()", equalTo(0));
        Api.asAdmin().post("/api/v1/centres/" + centre + "/mediators/" + m.id() + "/release").then().statusCode(200);
        m.api().get("/api/v1/cases/" + mine).then().statusCode(404);
        assign(mine, m.id()).then().statusCode(400);
    }

    @Test
    void anOfficerSeesTheCasesOfCentresInTheirSubtreeOnly() {
        long otherStreet = Fixtures.union(tree.district(), "STREET_TOWN_FEDERATION");
        long otherCentre = centre(otherStreet, "TOWN_CENTRE");
        long here = openCase(centre, Map.of());
        long there = openCase(otherCentre, Map.of());
        Api.asOfficer(tree.street()).get("/api/v1/cases/" + here).then().statusCode(200);
        Api.asOfficer(tree.street()).get("/api/v1/cases/" + there).then().statusCode(404);
        Api.asOfficer(tree.street()).get("/api/v1/cases").then().statusCode(200)
                .body("items.id", hasItem((int) here), "items.id", not(hasItem((int) there)));
        Api.asOfficer(tree.street()).get("/api/v1/cases?unionId=" + otherStreet).then().statusCode(400);
        Api.asOfficer(tree.street()).get("/api/v1/centres/" + otherCentre).then().statusCode(404);
        Api.asOfficer(tree.street()).get("/api/v1/stats/mediation?unionId=" + otherStreet).then().statusCode(403);
        Api.asOfficer(tree.district()).get("/api/v1/cases/" + there).then().statusCode(200);
    }
}
