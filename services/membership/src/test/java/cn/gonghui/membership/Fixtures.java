package cn.gonghui.membership;

import static io.restassured.RestAssured.given;

import cn.gonghui.identifiers.ResidentIdNumber;
import cn.gonghui.identifiers.UnifiedSocialCreditCode;
import cn.gonghui.localstack.LocalStack;
import cn.gonghui.localstack.Tokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Test data made through the API itself. Each test builds its own district tree, so tests do not see
 * each other's data and need no cleanup.
 */
public final class Fixtures {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 100_000_000L);

    private Fixtures() {
    }

    public static Tokens tokens() {
        return LocalStack.tokens();
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    public static RequestSpecification asAdmin() {
        return as(tokens().districtAdmin());
    }

    public static RequestSpecification asOfficer(long unionId) {
        return as(tokens().officer(unionId));
    }

    public static RequestSpecification asMember(long memberId) {
        return as(tokens().member(memberId));
    }

    public static long createUnion(Long parentId, String kind, String name) {
        Map<String, Object> body = parentId == null
                ? Map.of("name", name, "kind", kind)
                : Map.of("name", name, "kind", kind, "parentId", parentId);
        return asAdmin().body(body).post("/api/v1/unions").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** A district federation with one street federation and one enterprise union under it. */
    public static Tree tree() {
        long district = createUnion(null, "DISTRICT_FEDERATION", "大兴区总工会");
        long street = createUnion(district, "STREET_TOWN_FEDERATION", "西红门镇总工会");
        long enterpriseUnion = createUnion(street, "ENTERPRISE_UNION", "京东方企业工会");
        return new Tree(district, street, enterpriseUnion);
    }

    public record Tree(long district, long street, long enterpriseUnion) {
    }

    /** A valid, never used resident ID number. */
    public static String idNumber() {
        long n = SEQUENCE.incrementAndGet();
        String seq = String.format("%03d", n % 1000);
        long day = (n / 1000) % 10_000;
        java.time.LocalDate birth = java.time.LocalDate.of(1960, 1, 1).plusDays(day);
        String area = String.format("11%04d", (n / 10_000_000L) % 10_000);
        return ResidentIdNumber.complete(area + birth.toString().replace("-", "") + seq);
    }

    /** A valid, never used unified social credit code. */
    public static String creditCode() {
        long n = SEQUENCE.incrementAndGet();
        return UnifiedSocialCreditCode.complete("91110115" + String.format("%09d", n % 1_000_000_000L));
    }

    public static long registerEnterprise(long unionId) {
        return asAdmin().body(Map.of("creditCode", creditCode(), "name", "测试企业" + SEQUENCE.incrementAndGet(),
                        "districtCode", "110115", "headcount", 120, "ownership", "NON_PUBLIC", "unionId", unionId))
                .post("/api/v1/enterprises").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** Enrols an active member directly and answers its id. */
    public static long enrol(long unionId) {
        return asAdmin().body(Map.of("name", "张三", "idNumber", idNumber(), "phone", "13812345678", "unionId", unionId))
                .post("/api/v1/members").then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
