package cn.gonghui.membership.transfer;

import static cn.gonghui.membership.Fixtures.createUnion;
import static cn.gonghui.membership.Fixtures.enrol;
import static cn.gonghui.membership.Fixtures.tree;
import static cn.gonghui.testkit.Api.asAdmin;
import static cn.gonghui.testkit.Api.asOfficer;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TransferTest {

    @Test
    void oldUnionReleasesNewUnionAccepts() {
        var a = tree();
        var b = tree();
        long member = enrol(a.enterpriseUnion());
        long transfer = asOfficer(a.enterpriseUnion()).body(Map.of("memberId", member, "toUnionId", b.enterpriseUnion(), "reason", "调动")).post("/api/v1/transfers").then().statusCode(201)
                .body("status", equalTo("RELEASED")).body("parked", equalTo(false))
                .extract().jsonPath().getLong("id");
        // still in the old union until accepted
        asOfficer(a.enterpriseUnion()).get("/api/v1/members/" + member).then().body("unionId", equalTo((int) a.enterpriseUnion()));
        // the old union cannot accept for the new one
        asOfficer(a.enterpriseUnion()).body(Map.of()).post("/api/v1/transfers/" + transfer + "/accept").then().statusCode(403);
        asOfficer(b.street()).get("/api/v1/transfers").then().statusCode(200).body("items.id", hasItem((int) transfer));
        asOfficer(b.enterpriseUnion()).body(Map.of()).post("/api/v1/transfers/" + transfer + "/accept").then().statusCode(200)
                .body("status", equalTo("ACCEPTED"));
        asOfficer(b.enterpriseUnion()).get("/api/v1/members/" + member).then().statusCode(200)
                .body("unionId", equalTo((int) b.enterpriseUnion()));
        asOfficer(a.enterpriseUnion()).get("/api/v1/members/" + member).then().statusCode(404);
        asOfficer(b.enterpriseUnion()).body(Map.of()).post("/api/v1/transfers/" + transfer + "/accept").then().statusCode(409);
    }

    @Test
    void memberWhoseNewEmployerHasNoUnionParksAtTheStreetFederation() {
        var a = tree();
        long otherStreet = createUnion(a.district(), "STREET_TOWN_FEDERATION", "瀛海镇总工会");
        long member = enrol(a.enterpriseUnion());
        long transfer = asOfficer(a.enterpriseUnion()).body(Map.of("memberId", member, "toUnionId", otherStreet)).post("/api/v1/transfers").then().statusCode(201).body("parked", equalTo(true))
                .extract().jsonPath().getLong("id");
        asOfficer(otherStreet).body(Map.of()).post("/api/v1/transfers/" + transfer + "/accept").then().statusCode(200)
                .body("parked", equalTo(true));
    }

    @Test
    void oneOpenTransferAtATimeAndCancel() {
        var a = tree();
        var b = tree();
        long member = enrol(a.enterpriseUnion());
        long transfer = asOfficer(a.street()).body(Map.of("memberId", member, "toUnionId", b.street()))
                .post("/api/v1/transfers").then().statusCode(201).extract().jsonPath().getLong("id");
        asOfficer(a.street()).body(Map.of("memberId", member, "toUnionId", b.enterpriseUnion()))
                .post("/api/v1/transfers").then().statusCode(409);
        asOfficer(b.street()).post("/api/v1/transfers/" + transfer + "/cancel").then().statusCode(200)
                .body("status", equalTo("CANCELLED"));
        asOfficer(a.street()).body(Map.of("memberId", member, "toUnionId", b.enterpriseUnion()))
                .post("/api/v1/transfers").then().statusCode(201);
    }

    @Test
    void outsidersCannotReleaseOrSeeATransfer() {
        var a = tree();
        var b = tree();
        var c = tree();
        long member = enrol(a.enterpriseUnion());
        asOfficer(b.street()).body(Map.of("memberId", member, "toUnionId", b.street())).post("/api/v1/transfers")
                .then().statusCode(404);
        long transfer = asOfficer(a.street()).body(Map.of("memberId", member, "toUnionId", b.street()))
                .post("/api/v1/transfers").then().statusCode(201).extract().jsonPath().getLong("id");
        asOfficer(c.street()).get("/api/v1/transfers/" + transfer).then().statusCode(404);
        asOfficer(c.street()).body(Map.of()).post("/api/v1/transfers/" + transfer + "/accept").then().statusCode(404);
        asOfficer(c.street()).get("/api/v1/transfers").then().statusCode(200).body("items.id", not(hasItem((int) transfer)));
        asAdmin().body(Map.of("memberId", member, "toUnionId", c.street())).post("/api/v1/transfers")
                .then().statusCode(409);
    }
}
