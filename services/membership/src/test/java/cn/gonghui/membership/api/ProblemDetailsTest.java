package cn.gonghui.membership.api;

import static cn.gonghui.membership.Fixtures.tree;
import static cn.gonghui.testkit.Api.asAdmin;
import static cn.gonghui.testkit.Api.asMember;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import cn.gonghui.testkit.Api;
import cn.gonghui.testkit.TestIdentifiers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every kind of failure answers RFC 9457 problem+json, titled in zh-CN by default and English on request. */
@QuarkusTest
class ProblemDetailsTest {

    static ValidatableResponse problem(ValidatableResponse response, int status, String type) {
        return response.log().ifValidationFails().statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("type", equalTo("https://gonghui.cn/problems/" + type))
                .body(not(containsString("Exception")))
                .body(not(containsString("\tat ")));
    }

    @Test
    void validationNamesEachFieldInChineseByDefault() {
        long street = tree().street();
        problem(asAdmin().body(Map.of("creditCode", "91110000600037341M", "name", "", "districtCode", "1101",
                        "headcount", -1, "ownership", "STATE", "unionId", street))
                .post("/api/v1/enterprises").then(), 400, "validation")
                .body("title", equalTo("请求数据不符合要求"))
                .body("errors.field", hasItem("creditCode"))
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("districtCode"))
                .body("errors.field", hasItem("headcount"));
    }

    @Test
    void titleIsEnglishWithAcceptLanguageEn() {
        problem(asAdmin().header("Accept-Language", "en-US,en;q=0.9").body(Map.of("name", "x"))
                .post("/api/v1/unions").then(), 400, "validation")
                .body("title", equalTo("The request has invalid fields"))
                .body("errors.field", hasItem("kind"));
    }

    @Test
    void malformedJson() {
        problem(asAdmin().body("{\"name\": \"x\",").post("/api/v1/unions").then(), 400, "malformed-body")
                .body("title", equalTo("请求体不是有效的 JSON"));
        problem(asAdmin().header("Accept-Language", "en").body("[1,2").post("/api/v1/unions").then(), 400, "malformed-body")
                .body("title", equalTo("The request body is not valid JSON"));
    }

    @Test
    void unknownEnumValueNamesTheFieldAndTheChoices() {
        problem(asAdmin().body(Map.of("name", "x", "kind", "TRADE_GUILD")).post("/api/v1/unions").then(), 400, "validation")
                .body("errors[0].field", equalTo("kind"))
                .body("errors[0].problem", containsString("DISTRICT_FEDERATION"));
    }

    @Test
    void wrongTypeNamesTheField() {
        problem(asAdmin().body(Map.of("name", "x", "kind", "ENTERPRISE_UNION", "parentId", "abc"))
                .post("/api/v1/unions").then(), 400, "validation")
                .body("errors[0].field", equalTo("parentId"));
    }

    @Test
    void wrongContentType() {
        problem(asAdmin().contentType(ContentType.XML).body("<union/>").post("/api/v1/unions").then(), 415,
                "unsupported-media-type").body("title", equalTo("不支持该内容类型"));
    }

    @Test
    void notFoundForUnknownIdAndUnknownPath() {
        problem(asAdmin().get("/api/v1/unions/987654321").then(), 404, "not-found").body("title", equalTo("资源不存在"));
        problem(asAdmin().header("Accept-Language", "en").get("/api/v1/no-such-thing").then(), 404, "not-found")
                .body("title", equalTo("Not found"));
    }

    @Test
    void methodNotAllowed() {
        problem(asAdmin().delete("/api/v1/unions").then(), 405, "method-not-allowed");
    }

    @Test
    void unauthenticatedWithoutOrWithForgedToken() {
        problem(given().accept(ContentType.JSON).get("/api/v1/unions").then(), 401, "unauthenticated")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("title", equalTo("需要登录认证"));
        String forged = Api.tokens().districtAdmin();
        forged = forged.substring(0, forged.lastIndexOf('.') + 1) + "AAAA" + forged.substring(forged.lastIndexOf('.') + 5);
        problem(given().auth().oauth2(forged).header("Accept-Language", "en").get("/api/v1/unions").then(), 401, "unauthenticated")
                .body("title", equalTo("Authentication is required"));
    }

    @Test
    void forbiddenForAWrongRole() {
        problem(asMember(1).get("/api/v1/unions").then(), 403, "forbidden").body("title", equalTo("无权执行此操作"));
    }

    @Test
    void conflictOnDuplicateCreditCode() {
        long street = tree().street();
        Map<String, Object> body = Map.of("creditCode", TestIdentifiers.creditCode(), "name", "甲公司", "districtCode", "110115",
                "headcount", 10, "ownership", "NON_PUBLIC", "unionId", street);
        asAdmin().body(body).post("/api/v1/enterprises").then().statusCode(201);
        problem(asAdmin().body(body).post("/api/v1/enterprises").then(), 409, "conflict")
                .body("errors[0].field", equalTo("creditCode"));
    }

    @Test
    void tooLarge() {
        String big = "{\"name\":\"" + "x".repeat(300_000) + "\",\"kind\":\"DISTRICT_FEDERATION\"}";
        problem(asAdmin().body(big).post("/api/v1/unions").then(), 413, "too-large");
    }

    @Test
    void badQueryParametersNameTheParameter() {
        problem(asAdmin().queryParam("limit", 0).get("/api/v1/unions").then(), 400, "validation")
                .body("errors[0].field", equalTo("limit"));
        problem(asAdmin().queryParam("cursor", "forged").get("/api/v1/unions").then(), 400, "validation")
                .body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void preconditionRequiredAndFailed() {
        long street = tree().street();
        problem(asAdmin().body(Map.of("name", "新名")).patch("/api/v1/unions/" + street).then(), 428, "precondition-required");
        problem(asAdmin().header("If-Match", "\"99\"").body(Map.of("name", "新名")).patch("/api/v1/unions/" + street).then(),
                412, "precondition-failed").body("title", equalTo("数据已被他人修改,请刷新后重试"));
    }
}
