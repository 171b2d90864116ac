package cn.gonghui.membership;

import static cn.gonghui.testkit.Api.asAdmin;

import cn.gonghui.testkit.TestIdentifiers;
import java.util.Map;

/**
 * Test data made through membership's own API. Each test builds its own district tree, so tests do not
 * see each other's data and need no cleanup. Only membership can build a tree this way; the other
 * services' tests publish membership's events instead ({@code cn.gonghui.testkit.OrgTree}). Requests as
 * a role, identifiers and waits come from the test kit ({@code cn.gonghui.testkit}).
 */
public final class Fixtures {

    private Fixtures() {
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

    public static long registerEnterprise(long unionId) {
        return asAdmin().body(Map.of("creditCode", TestIdentifiers.creditCode(), "name", "测试企业" + TestIdentifiers.unique(),
                        "districtCode", "110115", "headcount", 120, "ownership", "NON_PUBLIC", "unionId", unionId))
                .post("/api/v1/enterprises").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** Enrols an active member directly and answers its id. */
    public static long enrol(long unionId) {
        return asAdmin().body(Map.of("name", "张三", "idNumber", TestIdentifiers.idNumber(), "phone", "13812345678", "unionId", unionId))
                .post("/api/v1/members").then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
