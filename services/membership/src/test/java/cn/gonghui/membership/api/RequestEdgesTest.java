package cn.gonghui.membership.api;

import static cn.gonghui.membership.Fixtures.tree;
import static cn.gonghui.membership.api.ProblemDetailsTest.problem;
import static cn.gonghui.testkit.Api.asAdmin;
import static cn.gonghui.testkit.Api.tokens;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Requests that used to get a bare status, a 404 for a 400, a 500, or a pass: each now a problem+json. */
@QuarkusTest
class RequestEdgesTest {

    @Test
    void anUnparsableNumberInTheQueryIsA400NamingTheParameter() {
        problem(asAdmin().get("/api/v1/unions?limit=abc").then(), 400, "validation").body("errors.field", hasItem("limit"));
        problem(asAdmin().get("/api/v1/unions/abc").then(), 400, "validation").body("errors.field", hasItem("id"));
    }

    @Test
    void aDateOutsideWhatTheDatabaseStoresIsA400NotA500() {
        long union = tree().enterpriseUnion();
        problem(asAdmin().get("/api/v1/unions/" + union + "/stats?to=+9999999-12-31").then(), 400, "validation")
                .body("errors.field", hasItem("to"));
        long member = cn.gonghui.membership.Fixtures.enrol(union);
        problem(asAdmin().body(Map.of("leftOn", "-5000000-01-01")).post("/api/v1/members/" + member + "/leave").then(),
                400, "validation").body("errors.field", hasItem("leftOn"));
    }

    @Test
    void aVeryLongUriIsAProblem() {
        problem(asAdmin().get("/api/v1/unions?cursor=" + "a".repeat(10_000)).then(), 414, "uri-too-long");
    }

    @Test
    void aTokenIssuedForAnotherServiceIsRefused() {
        String other = tokens().mint("admin-elsewhere", List.of("district-admin"), Map.of("aud", "some-other-app"));
        problem(given().auth().oauth2(other).get("/api/v1/unions").then(), 401, "unauthenticated");
    }

    @Test
    void anEndpointWithoutRoleAnnotationsIsDeniedNotPublic() {
        given().get("/api/v1/test-unannotated").then().statusCode(401);
        problem(asAdmin().get("/api/v1/test-unannotated").then(), 403, "forbidden");
    }
}
