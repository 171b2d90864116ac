package cn.gonghui.membership.servicepoint;

import static cn.gonghui.membership.Fixtures.enrol;
import static cn.gonghui.membership.Fixtures.tree;
import static cn.gonghui.testkit.Api.asAdmin;
import static cn.gonghui.testkit.Api.asMember;
import static cn.gonghui.testkit.Api.asOfficer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import cn.gonghui.membership.Fixtures.Tree;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ServicePointTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void registersAServicePointAndAnyoneReadsIt() {
        Tree t = tree();
        Map<String, Object> body = point(t.street(), "WORKERS_HOME", "西红门镇职工之家", 39.7800, 116.3300);
        body.put("openingHours", "周一至周五 9:00-18:00");
        body.put("amenities", List.of("饮水", "微波炉", "充电", "图书角"));
        body.put("stars", 5);

        Response created = asOfficer(t.street()).body(body).post("/api/v1/service-points")
                .then().statusCode(201).header("ETag", "\"0\"").extract().response();
        long id = created.jsonPath().getLong("id");
        assertThat(created.header("Location")).endsWith("/api/v1/service-points/" + id);

        long member = enrol(t.enterpriseUnion());
        JsonPath read = asMember(member).get("/api/v1/service-points/{id}", id)
                .then().statusCode(200).header("ETag", "\"0\"").extract().jsonPath();
        assertThat(read.getString("kind")).isEqualTo("WORKERS_HOME");
        assertThat(read.getString("name")).isEqualTo("西红门镇职工之家");
        assertThat(read.getLong("unionId")).isEqualTo(t.street());
        assertThat(read.getString("address")).isEqualTo("北京市大兴区 西红门镇职工之家");
        assertThat(read.getString("openingHours")).isEqualTo("周一至周五 9:00-18:00");
        assertThat(read.getList("amenities", String.class)).containsExactly("饮水", "微波炉", "充电", "图书角");
        assertThat(read.getInt("stars")).isEqualTo(5);
        assertThat(read.getDouble("latitude")).isCloseTo(39.78, within(1e-5));
        assertThat(read.getDouble("longitude")).isCloseTo(116.33, within(1e-5));

        List<Long> listed = asOfficer(t.district()).queryParam("kind", "WORKERS_HOME").get("/api/v1/service-points")
                .then().statusCode(200).extract().jsonPath().getList("items.id", Long.class);
        assertThat(listed).containsExactly(id);
    }

    @Test
    void refusesBadPointsAndUnionsOutsideScope() {
        Tree t = tree();
        Tree other = tree();
        expectInvalid(asAdmin(), point(t.street(), "WARM_STATION", "驿站", 95.0, 116.33), "latitude");
        expectInvalid(asAdmin(), point(t.street(), "WARM_STATION", "驿站", 39.78, -181.0), "longitude");
        Map<String, Object> starredStation = point(t.street(), "WARM_STATION", "驿站", 39.78, 116.33);
        starredStation.put("stars", 3);
        expectInvalid(asAdmin(), starredStation, "stars");
        Map<String, Object> sixStars = point(t.street(), "WORKERS_HOME", "职工之家", 39.78, 116.33);
        sixStars.put("stars", 6);
        expectInvalid(asAdmin(), sixStars, "stars");
        expectInvalid(asOfficer(other.district()), point(t.street(), "WARM_STATION", "驿站", 39.78, 116.33), "unionId");

        long id = asOfficer(t.street()).body(point(t.enterpriseUnion(), "MOTHER_BABY_ROOM", "京东方母婴关爱室", 39.79, 116.34))
                .post("/api/v1/service-points").then().statusCode(201).extract().jsonPath().getLong("id");
        List<Long> otherSees = asOfficer(other.district()).get("/api/v1/service-points")
                .then().statusCode(200).extract().jsonPath().getList("items.id", Long.class);
        assertThat(otherSees).doesNotContain(id);
        asOfficer(other.district()).header("If-Match", "\"0\"").body(Map.of("name", "改名"))
                .patch("/api/v1/service-points/{id}", id)
                .then().statusCode(404).header("Content-Type", startsWith(PROBLEM));
        asMember(enrol(t.enterpriseUnion())).body(point(t.street(), "WARM_STATION", "驿站", 39.78, 116.33))
                .post("/api/v1/service-points")
                .then().statusCode(403).header("Content-Type", startsWith(PROBLEM));
    }

    @Test
    void nearestListsPointsByGreatCircleDistance() {
        Tree t = tree();
        long tiananmen = create(t.street(), "WARM_STATION", "天安门暖心驿站", 39.9087, 116.3975);
        long daxing = create(t.district(), "WORKERS_HOME", "大兴区职工之家", 39.7269, 116.3415);
        long xicheng = create(t.street(), "WARM_STATION", "西城暖心驿站", 39.9123, 116.3660);
        long member = enrol(t.enterpriseUnion());

        JsonPath near = asMember(member).queryParam("lat", "39.91").queryParam("lng", "116.37").queryParam("limit", 50)
                .get("/api/v1/service-points/nearest")
                .then().statusCode(200).extract().jsonPath();
        List<Long> ids = near.getList("items.id", Long.class);
        List<Long> distances = near.getList("items.distanceMeters", Long.class);
        assertThat(distances).isSorted();
        Set<Long> mine = Set.of(tiananmen, daxing, xicheng);
        assertThat(ids.stream().filter(mine::contains).toList()).containsExactly(xicheng, tiananmen, daxing);
        // haversine, mean earth radius 6371 km: 426 m, 2350 m, 20505 m
        assertThat(distances.get(ids.indexOf(xicheng))).isCloseTo(426L, Offset.offset(2L));
        assertThat(distances.get(ids.indexOf(tiananmen))).isCloseTo(2350L, Offset.offset(2L));
        assertThat(distances.get(ids.indexOf(daxing))).isCloseTo(20505L, Offset.offset(2L));
        int x = ids.indexOf(xicheng);
        assertThat(near.getString("items[" + x + "].name")).isEqualTo("西城暖心驿站");
        assertThat(near.getString("items[" + x + "].kind")).isEqualTo("WARM_STATION");
        assertThat(near.getDouble("items[" + x + "].latitude")).isCloseTo(39.9123, within(1e-5));

        JsonPath homes = asMember(member).queryParam("lat", "39.91").queryParam("lng", "116.37").queryParam("limit", 50)
                .queryParam("kind", "WORKERS_HOME").get("/api/v1/service-points/nearest")
                .then().statusCode(200).extract().jsonPath();
        assertThat(homes.getList("items.kind", String.class)).isNotEmpty().containsOnly("WORKERS_HOME");
        assertThat(homes.getList("items.id", Long.class)).contains(daxing).doesNotContain(tiananmen, xicheng);

        // the default limit is 10, and limit 1 gives the nearest point of all
        List<Long> nearestOne = asMember(member).queryParam("lat", "39.9123").queryParam("lng", "116.3660")
                .queryParam("limit", 1).get("/api/v1/service-points/nearest")
                .then().statusCode(200).extract().jsonPath().getList("items.distanceMeters", Long.class);
        assertThat(nearestOne).containsExactly(0L);
        List<Long> byDefault = asOfficer(t.street()).queryParam("lat", "39.91").queryParam("lng", "116.37")
                .get("/api/v1/service-points/nearest")
                .then().statusCode(200).extract().jsonPath().getList("items.id", Long.class);
        assertThat(byDefault).hasSizeBetween(3, 10);
    }

    /** Before: nearest sent members to the points of unions that no longer exist (S22). */
    @Test
    void nearestLeavesOutThePointsOfDissolvedUnions() {
        Tree t = tree();
        long building = cn.gonghui.membership.Fixtures.createUnion(t.street(), "BUILDING_UNION", "将撤销的楼宇工会");
        long gone = create(building, "HEART_STATION", "已撤销工会的心灵驿站", 39.5001, 116.5001);
        long kept = create(t.street(), "HEART_STATION", "仍在的心灵驿站", 39.5002, 116.5002);
        asAdmin().body(Map.of("reason", "楼宇拆除")).post("/api/v1/unions/" + building + "/dissolve").then().statusCode(200);
        List<Long> ids = asAdmin().queryParam("lat", "39.5").queryParam("lng", "116.5").queryParam("kind", "HEART_STATION")
                .queryParam("limit", 50).get("/api/v1/service-points/nearest")
                .then().statusCode(200).extract().jsonPath().getList("items.id", Long.class);
        assertThat(ids).contains(kept).doesNotContain(gone);
    }

    @Test
    void nearestNamesABadCoordinateOrLimit() {
        long member = enrol(tree().enterpriseUnion());
        expectBadQuery(asMember(member).queryParam("lat", "200").queryParam("lng", "116.37"), "lat");
        expectBadQuery(asMember(member).queryParam("lat", "abc").queryParam("lng", "116.37"), "lat");
        expectBadQuery(asMember(member).queryParam("lng", "116.37"), "lat");
        expectBadQuery(asMember(member).queryParam("lat", "39.91").queryParam("lng", "-180.5"), "lng");
        expectBadQuery(asMember(member).queryParam("lat", "39.91"), "lng");
        expectBadQuery(asMember(member).queryParam("lat", "39.91").queryParam("lng", "116.37").queryParam("limit", 51), "limit");
        expectBadQuery(asMember(member).queryParam("lat", "39.91").queryParam("lng", "116.37").queryParam("limit", 0), "limit");
    }

    @Test
    void updatesNeedTheCurrentETag() {
        Tree t = tree();
        long id = create(t.street(), "WORKERS_HOME", "西红门镇职工之家", 30.2741, 120.1551);

        asOfficer(t.street()).body(Map.of("name", "西红门镇星级职工之家"))
                .patch("/api/v1/service-points/{id}", id)
                .then().statusCode(428)
                .header("Content-Type", startsWith(PROBLEM))
                .body("type", equalTo("https://gonghui.cn/problems/precondition-required"));

        JsonPath updated = asOfficer(t.street()).header("If-Match", "\"0\"")
                .body(Map.of("name", "西红门镇星级职工之家", "stars", 4, "amenities", List.of("按摩椅", "图书角")))
                .patch("/api/v1/service-points/{id}", id)
                .then().statusCode(200).header("ETag", "\"1\"").extract().jsonPath();
        assertThat(updated.getString("name")).isEqualTo("西红门镇星级职工之家");
        assertThat(updated.getInt("stars")).isEqualTo(4);
        assertThat(updated.getList("amenities", String.class)).containsExactly("按摩椅", "图书角");
        assertThat(updated.getLong("version")).isEqualTo(1L);

        asOfficer(t.street()).header("If-Match", "\"0\"").body(Map.of("name", "旧名字"))
                .patch("/api/v1/service-points/{id}", id)
                .then().statusCode(412)
                .header("Content-Type", startsWith(PROBLEM))
                .body("type", equalTo("https://gonghui.cn/problems/precondition-failed"));
        assertThat(asAdmin().get("/api/v1/service-points/{id}", id).then().statusCode(200).extract().jsonPath()
                .getString("name")).isEqualTo("西红门镇星级职工之家");

        // a warm station has no stars: changing the kind drops them
        JsonPath station = asOfficer(t.street()).header("If-Match", "\"1\"").body(Map.of("kind", "WARM_STATION"))
                .patch("/api/v1/service-points/{id}", id)
                .then().statusCode(200).header("ETag", "\"2\"").extract().jsonPath();
        assertThat(station.getString("kind")).isEqualTo("WARM_STATION");
        assertThat(station.getString("stars")).isNull();
    }

    private static long create(long unionId, String kind, String name, double latitude, double longitude) {
        return asAdmin().body(point(unionId, kind, name, latitude, longitude)).post("/api/v1/service-points")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static Map<String, Object> point(long unionId, String kind, String name, double latitude, double longitude) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", kind);
        body.put("name", name);
        body.put("unionId", unionId);
        body.put("address", "北京市大兴区 " + name);
        body.put("latitude", latitude);
        body.put("longitude", longitude);
        return body;
    }

    private static void expectInvalid(RequestSpecification as, Map<String, Object> body, String field) {
        as.body(body).post("/api/v1/service-points")
                .then().statusCode(400)
                .header("Content-Type", startsWith(PROBLEM))
                .body("type", equalTo("https://gonghui.cn/problems/validation"))
                .body("errors[0].field", equalTo(field));
    }

    private static void expectBadQuery(RequestSpecification request, String field) {
        request.get("/api/v1/service-points/nearest")
                .then().statusCode(400)
                .header("Content-Type", startsWith(PROBLEM))
                .body("type", equalTo("https://gonghui.cn/problems/validation"))
                .body("status", equalTo(400))
                .body("errors[0].field", equalTo(field));
    }
}
