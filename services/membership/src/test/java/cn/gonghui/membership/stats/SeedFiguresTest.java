package cn.gonghui.membership.stats;

import static cn.gonghui.membership.Fixtures.enrol;
import static cn.gonghui.testkit.Api.asAdmin;
import static cn.gonghui.testkit.Api.asOfficer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.equalTo;

import cn.gonghui.testkit.TestIdentifiers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A small district shaped like 西城区 2020 (seed 004) and 大兴区 2018 (seed 002), loaded through the API with its
 * history (unions founded and dissolved, points opened and closed, nominations decided), and each report figure read
 * back from GET /api/v1/stats/membership, next to noise that must not be counted: last year's and next year's
 * points, a point only planned, money paid outside the period, another district's honours, nominations not conferred.
 */
@QuarkusTest
class SeedFiguresTest {

    static final String FROM = "2020-01-01";
    static final String TO = "2020-12-31";

    @Test
    void unionsEnterprisesAndWorkersHomesAsOfTheEndOfThePeriod() {
        long district = union(null, "DISTRICT_FEDERATION", "西城区总工会", "2000-01-01");
        long yuetan = union(district, "STREET_TOWN_FEDERATION", "月坛街道总工会", "2000-01-01");
        long niujie = union(district, "STREET_TOWN_FEDERATION", "牛街街道总工会", "2000-01-01");
        union(district, "INDUSTRIAL_PARK_FEDERATION", "产业基地工会", "2010-01-01");
        long bank = union(yuetan, "ENTERPRISE_UNION", "银行工会", "2019-05-01");
        long newUnion = union(yuetan, "ENTERPRISE_UNION", "新建企业工会", "2020-06-01");
        long joint = union(niujie, "COMMUNITY_JOINT_UNION", "南线阁社区联合工会", "2020-03-01");
        // S3-22: 社区联合工会小组 under the joint union
        union(joint, "JOINT_UNION_GROUP", "南线阁第一联合工会小组", "2020-04-01");
        union(joint, "JOINT_UNION_GROUP", "南线阁第二联合工会小组", "2020-04-01");
        asAdmin().body(Map.of("name", "x", "kind", "JOINT_UNION_GROUP", "parentId", bank, "foundedOn", "2020-04-01"))
                .post("/api/v1/unions").then().statusCode(400).body("errors[0].field", equalTo("kind"));
        long gone = union(niujie, "ENTERPRISE_UNION", "已撤销工会", "2018-01-01");
        asAdmin().body(Map.of("dissolvedOn", "2019-12-31")).post("/api/v1/unions/" + gone + "/dissolve").then().statusCode(200);
        union(niujie, "ENTERPRISE_UNION", "明年的工会", "2021-01-05");

        enterprise(bank, 120);
        enterprise(joint, 60);
        enterprise(joint, 30); // below the threshold
        enterprise(newUnion, 80); // covered, no 职工之家
        enterprise(yuetan, 200); // under a federation: not covered (挂靠)

        point(bank, "WORKERS_HOME", Map.of("openedOn", "2019-06-01"));
        point(joint, "WORKERS_HOME", Map.of("openedOn", "2020-04-01")); // the joint union's home covers both its enterprises
        point(newUnion, "WORKERS_HOME", Map.of("status", "PLANNED")); // not a home yet

        JsonPath stats = figures(district, Map.of());
        assertThat(stats.getInt("unionsFounded")).isEqualTo(4);
        assertThat(stats.getMap("unionsFoundedByKind")).isEqualTo(Map.of("ENTERPRISE_UNION", 1, "COMMUNITY_JOINT_UNION", 1,
                "JOINT_UNION_GROUP", 2));
        // S2-34: 22个镇、街道及产业基地 = STREET_TOWN_FEDERATION + INDUSTRIAL_PARK_FEDERATION as of to
        assertThat(stats.getMap("unionsByKind")).isEqualTo(Map.of("STREET_TOWN_FEDERATION", 2, "INDUSTRIAL_PARK_FEDERATION", 1,
                "ENTERPRISE_UNION", 2, "COMMUNITY_JOINT_UNION", 1, "JOINT_UNION_GROUP", 2));
        // S0-28: 50人以上建会企业建家率
        assertThat(stats.getInt("enterprisesAtLeast.headcount")).isEqualTo(50);
        assertThat(stats.getInt("enterprisesAtLeast.enterprises")).isEqualTo(4);
        assertThat(stats.getInt("enterprisesAtLeast.covered")).isEqualTo(3);
        assertThat(stats.getInt("enterprisesAtLeast.withWorkersHome")).isEqualTo(2);
        assertThat(stats.getDouble("enterprisesAtLeast.homeRate")).isCloseTo(0.6667, within(1e-6));
        assertThat(stats.getInt("unionsWithWorkersHome")).isEqualTo(2);
        // by headcount band and ownership, now
        List<Map<String, Object>> bands = stats.getList("enterprisesByBand");
        assertThat(bands).extracting(b -> b.get("minHeadcount"), b -> b.get("maxHeadcount"), b -> b.get("ownership"),
                b -> b.get("enterprises"), b -> b.get("covered")).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(20, 49, "NON_PUBLIC", 1, 1),
                        org.assertj.core.groups.Tuple.tuple(50, 99, "NON_PUBLIC", 2, 2),
                        org.assertj.core.groups.Tuple.tuple(100, 299, "NON_PUBLIC", 2, 1));

        // S2-29: 百人以上企业
        JsonPath hundred = figures(district, Map.of("headcountAtLeast", 100));
        assertThat(hundred.getInt("enterprisesAtLeast.enterprises")).isEqualTo(2);
        assertThat(hundred.getInt("enterprisesAtLeast.covered")).isEqualTo(1);
        assertThat(hundred.getDouble("enterprisesAtLeast.homeRate")).isCloseTo(1.0, within(1e-6));

        // a year earlier the joint union and its home did not exist yet, and the dissolved union was gone on 31 December
        JsonPath before = asAdmin().queryParam("unionId", district).queryParam("from", "2019-01-01").queryParam("to", "2019-12-31")
                .get("/api/v1/stats/membership").then().statusCode(200).extract().jsonPath();
        assertThat(before.getInt("unionsWithWorkersHome")).isEqualTo(1);
        assertThat(before.getMap("unionsByKind")).isEqualTo(Map.of("STREET_TOWN_FEDERATION", 2, "INDUSTRIAL_PARK_FEDERATION", 1,
                "ENTERPRISE_UNION", 1));

        // one street's figures: 牛街 only
        JsonPath street = figures(niujie, Map.of());
        assertThat(street.getInt("unionsFounded")).as("S3-20 新建会: the joint union and its two groups").isEqualTo(3);
        assertThat(street.getMap("unionsFoundedByKind")).containsEntry("JOINT_UNION_GROUP", 2);
        assertThat(street.getInt("enterprisesAtLeast.covered")).isEqualTo(1);
        assertThat(street.getInt("enterprisesAtLeast.withWorkersHome")).isEqualTo(1);

        asAdmin().queryParam("unionId", district).queryParam("headcountAtLeast", 0).get("/api/v1/stats/membership")
                .then().statusCode(400).body("errors[0].field", equalTo("headcountAtLeast"));
    }

    @Test
    void servicePointsOpenedFundedAcceptedAndRatedInThePeriod() {
        long district = union(null, "DISTRICT_FEDERATION", "大兴区总工会", "2000-01-01");
        long street = union(district, "STREET_TOWN_FEDERATION", "西红门镇总工会", "2000-01-01");
        long company = union(street, "ENTERPRISE_UNION", "京东方工会", "2010-01-01");

        long w1 = point(street, "WARM_STATION", Map.of("openedOn", "2019-08-01"));
        long w2 = point(street, "WARM_STATION", Map.of("openedOn", "2020-05-01"));
        long w3 = point(company, "WARM_STATION", Map.of("openedOn", "2020-07-01"));
        asAdmin().body(Map.of("on", "2020-11-30")).post("/api/v1/service-points/" + w3 + "/close").then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("closedOn", equalTo("2020-11-30"));
        point(street, "WARM_STATION", Map.of("status", "PLANNED"));
        long w5 = point(street, "WARM_STATION", Map.of("status", "BUILDING"));
        long w6 = point(street, "WARM_STATION", Map.of("status", "BUILDING"));
        asAdmin().body(Map.of("on", "2021-02-01")).post("/api/v1/service-points/" + w6 + "/open").then().statusCode(200)
                .body("openedOn", equalTo("2021-02-01"));
        fund(w1, 500_000, "CONSTRUCTION", "2020-03-01");
        fund(w1, 900_000, "CONSTRUCTION", "2019-12-31"); // last year's money
        fund(w2, 300_000, "EQUIPMENT", "2020-06-01");
        fund(w2, 100_000, "OPERATION", "2020-07-01");
        fund(w5, 200_000, "CONSTRUCTION", "2020-09-01"); // paid while being built

        long m1 = point(company, "MOTHER_BABY_ROOM", Map.of("openedOn", "2020-03-01"));
        long m2 = point(company, "MOTHER_BABY_ROOM", Map.of("openedOn", "2020-04-01"));
        long m3 = point(company, "MOTHER_BABY_ROOM", Map.of("openedOn", "2019-04-01"));
        inspect(m1, "ACCEPTANCE", "PASSED", "2020-03-15");
        inspect(m2, "ACCEPTANCE", "FAILED", "2020-04-10");
        inspect(m2, "ACCEPTANCE", "PASSED", "2020-05-01");
        inspect(m3, "ACCEPTANCE", "PASSED", "2019-04-15");
        fund(m1, 100_000, "EQUIPMENT", "2020-03-01");
        fund(m2, 120_000, "EQUIPMENT", "2020-04-01");

        Map<String, Object> combined = new HashMap<>(Map.of("openedOn", "2019-01-01", "combinedWithUnion", true));
        long s1 = point(street, "SERVICE_STATION", combined);
        long s2 = point(street, "SERVICE_STATION", Map.of("openedOn", "2020-02-01", "mobile", true, "host", "SHOP"));
        asAdmin().body(Map.of("stars", 3, "ratedBy", "北京市总工会", "ratedOn", "2020-09-01", "batch", "首批"))
                .post("/api/v1/service-points/" + s1 + "/ratings").then().statusCode(201).body("batch", equalTo("首批"));
        asAdmin().get("/api/v1/service-points/" + s1).then().statusCode(200).body("stars", equalTo(3))
                .body("combinedWithUnion", equalTo(true));
        inspect(s2, "STANDARDISATION", "PASSED", "2020-10-01");

        point(street, "WORKERS_LIBRARY", Map.of("openedOn", "2020-01-10", "recognitionLevel", "NATIONAL"));
        point(street, "WORKERS_LIBRARY", Map.of("openedOn", "2018-01-10", "recognitionLevel", "PROVINCIAL"));
        point(company, "TRAINING_BASE", Map.of("openedOn", "2020-08-01"));

        // another district's warm station, opened and funded in the period
        long elsewhere = union(null, "DISTRICT_FEDERATION", "别的区总工会", "2000-01-01");
        fund(point(elsewhere, "WARM_STATION", Map.of("openedOn", "2020-05-01")), 1_000_000, "CONSTRUCTION", "2020-05-01");

        JsonPath stats = figures(district, Map.of());
        Map<String, Object> warm = row(stats, "WARM_STATION");
        assertThat(warm.get("stock")).as("S2-01 建成暖心驿站").isEqualTo(2);
        assertThat(warm.get("opened")).as("S4-11 今年新建成").isEqualTo(2);
        assertThat(warm.get("closed")).isEqualTo(1);
        assertThat(warm.get("funded")).as("S4-10 已拨付经费").isEqualTo(3);
        assertThat(warm.get("fundedFen")).isEqualTo(1_100_000);
        assertThat(warm.get("fundedByPurpose")).isEqualTo(Map.of("CONSTRUCTION", 2, "EQUIPMENT", 1, "OPERATION", 1));
        assertThat(warm.get("fundedFenByPurpose")).isEqualTo(Map.of("CONSTRUCTION", 700_000, "EQUIPMENT", 300_000, "OPERATION", 100_000));

        Map<String, Object> rooms = row(stats, "MOTHER_BABY_ROOM");
        assertThat(rooms.get("stock")).as("S0-46 母婴关爱室").isEqualTo(3);
        assertThat(rooms.get("opened")).as("S2-12 新建").isEqualTo(2);
        assertThat(rooms.get("accepted")).as("S2-12 验收合格").isEqualTo(2);
        assertThat(rooms.get("inspected")).isEqualTo(2);
        assertThat(rooms.get("fundedFen")).as("S0-45 / S2-13").isEqualTo(220_000);

        Map<String, Object> stations = row(stats, "SERVICE_STATION");
        assertThat(stations.get("stock")).isEqualTo(2);
        assertThat(stations.get("combinedWithUnion")).as("S0-29 会站合一").isEqualTo(1);
        assertThat(stations.get("mobile")).isEqualTo(1);
        assertThat(stations.get("rated")).as("S0-30 星级服务站").isEqualTo(1);
        assertThat(stations.get("standardised")).as("S4-08 规范化建设").isEqualTo(1);

        Map<String, Object> libraries = row(stats, "WORKERS_LIBRARY");
        assertThat(libraries.get("stockByRecognitionLevel")).as("S1-29 / S1-30").isEqualTo(Map.of("NATIONAL", 1, "PROVINCIAL", 1));
        assertThat(row(stats, "TRAINING_BASE").get("opened")).as("S1-15 / S4-15").isEqualTo(1);

        // the whole of last year: w1 and m3 were open, nothing of this year's
        JsonPath lastYear = asAdmin().queryParam("unionId", district).queryParam("from", "2019-01-01").queryParam("to", "2019-12-31")
                .get("/api/v1/stats/membership").then().statusCode(200).extract().jsonPath();
        assertThat(row(lastYear, "WARM_STATION").get("stock")).isEqualTo(1);
        assertThat(row(lastYear, "WARM_STATION").get("fundedFen")).isEqualTo(900_000);
        assertThat(row(lastYear, "MOTHER_BABY_ROOM").get("accepted")).isEqualTo(1);
    }

    @Test
    void honoursByKindLevelAndStatusWithNominationsAndRewards() {
        long district = union(null, "DISTRICT_FEDERATION", "西城区总工会", "2000-01-01");
        long street = union(district, "STREET_TOWN_FEDERATION", "展览路街道总工会", "2000-01-01");
        long company = union(street, "ENTERPRISE_UNION", "设计院工会", "2010-01-01");
        long member = enrol(company);
        long enterprise = enterprise(company, 300);
        long home = point(company, "WORKERS_HOME", Map.of("openedOn", "2015-01-01"));

        honour(Map.of("kind", "MODEL_WORKER", "level", "PROVINCIAL", "recipientType", "MEMBER", "memberId", member,
                "awardedOn", "2020-11-24", "conferredBy", "北京市人民政府"), company);
        honour(Map.of("kind", "ADVANCED_WORKER", "level", "PROVINCIAL", "recipientType", "PERSON", "personName", "李四"), company);
        // S4-12: 推荐申报全国先进工作者3名: one pending, one not conferred, one conferred
        honour(nomination("ADVANCED_WORKER", "NATIONAL", "王五"), company);
        long refused = honour(nomination("ADVANCED_WORKER", "NATIONAL", "赵六"), company);
        decide(refused, "NOT_CONFERRED", "2020-11-01");
        long conferred = honour(nomination("ADVANCED_WORKER", "NATIONAL", "钱七"), company);
        decide(conferred, "CONFERRED", "2020-11-24");
        // S4-13: 北京市模范集体 (one revoked)
        honour(Map.of("kind", "MODEL_COLLECTIVE", "level", "PROVINCIAL", "recipientType", "UNION", "recipientUnionId", company,
                "rewardFen", 5_000_000), company);
        long revoked = honour(Map.of("kind", "MODEL_COLLECTIVE", "level", "PROVINCIAL", "recipientType", "TEAM",
                "teamName", "设计一所"), company);
        String etag = asAdmin().get("/api/v1/honours/" + revoked).then().extract().header("ETag");
        asAdmin().header("If-Match", etag).body(Map.of("on", "2020-12-01", "reason", "撤销")).post("/api/v1/honours/" + revoked + "/revoke")
                .then().statusCode(200).body("status", equalTo("REVOKED")).body("revokedOn", equalTo("2020-12-01"));
        // S0-25 / S0-27: 全国模范职工之家, 奖励5万元
        honour(Map.of("kind", "MODEL_WORKERS_HOME", "level", "NATIONAL", "recipientType", "SERVICE_POINT", "servicePointId", home,
                "rewardFen", 5_000_000), company);
        // S4-02 / S3-18: commendations per programme
        honour(Map.of("kind", "COMMENDATION", "level", "STREET", "programme", "双爱单位", "recipientType", "ENTERPRISE",
                "enterpriseId", enterprise), street);
        honour(Map.of("kind", "COMMENDATION", "level", "STREET", "programme", "双爱双评", "recipientType", "PERSON",
                "personName", "孙八"), street);
        honour(Map.of("kind", "COMMENDATION", "level", "STREET", "programme", "双爱双评", "recipientType", "MEMBER",
                "memberId", member), street);
        // noise: last year's honour, another district's
        Map<String, Object> lastYear = new HashMap<>(Map.of("kind", "WORKER_PIONEER", "level", "PROVINCIAL", "recipientType", "TEAM",
                "teamName", "一班"));
        lastYear.put("year", 2019);
        honour(lastYear, company);
        long elsewhere = union(null, "DISTRICT_FEDERATION", "别的区总工会", "2000-01-01");
        honour(Map.of("kind", "MODEL_COLLECTIVE", "level", "PROVINCIAL", "recipientType", "UNION", "recipientUnionId", elsewhere),
                elsewhere);

        JsonPath stats = figures(district, Map.of());
        assertThat(stats.getMap("honoursByKind")).isEqualTo(Map.of("MODEL_WORKER", 1, "ADVANCED_WORKER", 2, "MODEL_COLLECTIVE", 1,
                "MODEL_WORKERS_HOME", 1, "COMMENDATION", 3));
        assertThat(honours(stats, "ADVANCED_WORKER", "NATIONAL", null)).isEqualTo(Map.of("kind", "ADVANCED_WORKER",
                "level", "NATIONAL", "nominated", 3, "pending", 1, "conferred", 1, "notConferred", 1, "revoked", 0, "rewardFen", 0));
        assertThat(honours(stats, "ADVANCED_WORKER", "PROVINCIAL", null).get("conferred")).isEqualTo(1);
        assertThat(honours(stats, "MODEL_WORKER", "PROVINCIAL", null).get("conferred")).isEqualTo(1);
        Map<String, Object> collective = honours(stats, "MODEL_COLLECTIVE", "PROVINCIAL", null);
        assertThat(collective.get("conferred")).isEqualTo(1);
        assertThat(collective.get("revoked")).isEqualTo(1);
        assertThat(collective.get("rewardFen")).isEqualTo(5_000_000);
        assertThat(honours(stats, "MODEL_WORKERS_HOME", "NATIONAL", null).get("rewardFen")).isEqualTo(5_000_000);
        assertThat(honours(stats, "COMMENDATION", "STREET", "双爱单位").get("conferred")).isEqualTo(1);
        assertThat(honours(stats, "COMMENDATION", "STREET", "双爱双评").get("conferred")).isEqualTo(2);
        assertThat(stats.getList("honours.kind")).doesNotContain("WORKER_PIONEER");

        // the list filters by status too
        List<String> pending = asOfficer(district).queryParam("status", "NOMINATED").get("/api/v1/honours").then().statusCode(200)
                .extract().jsonPath().getList("items.personName");
        assertThat(pending).containsExactly("王五");
    }

    @Test
    void areaCoverageAndCadresAsOfTheEndOfThePeriod() {
        long district = union(null, "DISTRICT_FEDERATION", "西城区总工会", "2000-01-01");
        long street = union(district, "STREET_TOWN_FEDERATION", "金融街街道总工会", "2000-01-01");
        long building = union(street, "BUILDING_UNION", "金融大厦楼宇工会", "2019-01-01");
        long community = union(street, "COMMUNITY_JOINT_UNION", "丰盛社区联合工会", "2020-05-01");
        long late = union(street, "BUILDING_UNION", "明年的楼宇工会", "2021-03-01");
        long gone = union(street, "ENTERPRISE_UNION", "撤销的园区工会", "2015-01-01");
        // S4-05/06/07: 园区、社区、重点商务楼宇 全覆盖
        area("PARK", street, gone, "2015-01-01");
        asAdmin().body(Map.of("dissolvedOn", "2020-10-01")).post("/api/v1/unions/" + gone + "/dissolve").then().statusCode(200);
        area("KEY_BUILDING", street, building, "2019-01-01");
        area("KEY_BUILDING", street, late, "2021-03-01"); // covered only next year
        area("COMMUNITY", street, community, "2020-05-01");
        area("NATURAL_BLOCK", street, null, null);
        area("NATURAL_BLOCK", street, null, null);
        long elsewhere = union(null, "DISTRICT_FEDERATION", "别的区总工会", "2000-01-01");
        area("COMMUNITY", elsewhere, null, null);

        // S1-45 新增工会工作者4名 (here 2), S1-46 专职工会干部 (full-time, in office on 31 December)
        cadre(street, "WORKER", true, "2020-03-01");
        cadre(street, "WORKER", true, "2020-09-01");
        cadre(street, "OFFICER", true, "2012-01-01");
        cadre(building, "CHAIR", false, "2019-01-01");
        long left = cadre(street, "OFFICER", true, "2010-01-01");
        asAdmin().header("If-Match", "\"0\"").body(Map.of("on", "2020-06-30")).post("/api/v1/cadres/" + left + "/end")
                .then().statusCode(200).body("toOn", equalTo("2020-06-30"));
        cadre(street, "WORKER", true, "2021-01-04"); // next year
        cadre(elsewhere, "WORKER", true, "2020-03-01");

        JsonPath stats = figures(district, Map.of());
        List<Map<String, Object>> areas = stats.getList("areas");
        assertThat(areas).extracting(a -> a.get("kind")).containsExactly("COMMUNITY", "KEY_BUILDING", "NATURAL_BLOCK", "PARK");
        assertThat(area(stats, "COMMUNITY")).containsEntry("areas", 1).containsEntry("covered", 1);
        assertThat(area(stats, "KEY_BUILDING")).containsEntry("areas", 2).containsEntry("covered", 1);
        assertThat(area(stats, "PARK")).as("its union was dissolved").containsEntry("areas", 1).containsEntry("covered", 0);
        assertThat(area(stats, "NATURAL_BLOCK")).as("S3-26 自然片").containsEntry("areas", 2).containsEntry("covered", 0);
        assertThat(((Number) area(stats, "KEY_BUILDING").get("coverageRate")).doubleValue()).isCloseTo(0.5, within(1e-6));
        JsonPath lastYear = asAdmin().queryParam("unionId", district).queryParam("from", "2019-01-01").queryParam("to", "2019-12-31")
                .get("/api/v1/stats/membership").then().statusCode(200).extract().jsonPath();
        assertThat(area(lastYear, "PARK")).containsEntry("covered", 1);
        assertThat(area(lastYear, "COMMUNITY")).containsEntry("covered", 0);

        assertThat(stats.getInt("cadres.inOffice")).isEqualTo(4);
        assertThat(stats.getInt("cadres.fullTime")).isEqualTo(3);
        assertThat(stats.getInt("cadres.partTime")).isEqualTo(1);
        assertThat(stats.getMap("cadres.inOfficeByRole")).isEqualTo(Map.of("WORKER", 2, "OFFICER", 1, "CHAIR", 1));
        assertThat(stats.getInt("cadres.started")).isEqualTo(2);
        assertThat(stats.getMap("cadres.startedByRole")).isEqualTo(Map.of("WORKER", 2));

        // S1-47 请进来 集中培训 400余人次, S1-48 走出去 34人次, S0-24 工会干部参加学习 (人)
        long chair = cadre(building, "CHAIR", false, "2019-01-01");
        long officer = cadre(street, "OFFICER", true, "2015-01-01");
        training(street, "IN_HOUSE", "2020-04-01", List.of(chair, officer), 20);
        training(street, "IN_HOUSE", "2020-10-01", List.of(chair), 10);
        training(street, "STUDY_TRIP", "2020-06-01", List.of(officer), 3);
        training(street, "LECTURE", "2019-11-01", List.of(chair), 50); // last year
        training(elsewhere, "IN_HOUSE", "2020-04-01", List.of(), 99);
        JsonPath trained = figures(district, Map.of());
        assertThat(trained.getInt("trainings.sessions")).isEqualTo(3);
        assertThat(trained.getMap("trainings.personTimesByMode")).isEqualTo(Map.of("IN_HOUSE", 33, "STUDY_TRIP", 4));
        assertThat(trained.getMap("trainings.sessionsByMode")).isEqualTo(Map.of("IN_HOUSE", 2, "STUDY_TRIP", 1));
        assertThat(trained.getInt("trainings.personTimes")).isEqualTo(37);
        assertThat(trained.getInt("trainings.cadresTrained")).isEqualTo(2);
    }

    /** S1-43 涵盖企业: the enterprises covered on 31 December by the unions founded that year, from coverage history. */
    @Test
    void enterprisesCoveredByTheUnionsFoundedInThePeriodFromTheirHistory() {
        long district = union(null, "DISTRICT_FEDERATION", "江干区总工会", "2000-01-01");
        long street = union(district, "STREET_TOWN_FEDERATION", "凯旋街道总工会", "2000-01-01");
        long joint = union(street, "COMMUNITY_JOINT_UNION", "老社区联合工会", "2010-01-01");
        long fresh = union(street, "ENTERPRISE_UNION", "新建企业工会", "2015-03-01");
        long e1 = registered(fresh, "2015-04-01", Map.of("foundedOn", "2009-06-01"));
        long e2 = registered(joint, "2014-01-01", Map.of());
        move(e2, fresh, "2015-06-01");
        long e3 = registered(fresh, "2015-05-01", Map.of());
        move(e3, street, null); // today: no longer covered now, but it was on 31 December 2015
        registered(fresh, "2016-02-01", Map.of()); // next year
        registered(street, "2015-05-01", Map.of()); // under a federation: not covered
        registered(joint, "2015-02-01", Map.of()); // covered, by an old union
        asAdmin().get("/api/v1/enterprises/" + e1).then().statusCode(200).body("registeredOn", equalTo("2015-04-01"))
                .body("foundedOn", equalTo("2009-06-01"));

        JsonPath year = asAdmin().queryParam("unionId", district).queryParam("from", "2015-01-01").queryParam("to", "2015-12-31")
                .get("/api/v1/stats/membership").then().statusCode(200).extract().jsonPath();
        assertThat(year.getInt("enterprisesCoveredOnTo")).isEqualTo(4);
        assertThat(year.getInt("enterprisesCoveredByUnionsFounded")).as("S1-43 涵盖企业").isEqualTo(3);
        JsonPath before = asAdmin().queryParam("unionId", district).queryParam("from", "2014-01-01").queryParam("to", "2014-12-31")
                .get("/api/v1/stats/membership").then().statusCode(200).extract().jsonPath();
        assertThat(before.getInt("enterprisesCoveredOnTo")).isEqualTo(1);
        assertThat(before.getInt("enterprisesCoveredByUnionsFounded")).isEqualTo(0);

        Map<String, Object> body = new HashMap<>(Map.of("creditCode", TestIdentifiers.creditCode(), "name", "企业", "districtCode",
                "330104", "headcount", 10, "ownership", "NON_PUBLIC", "unionId", fresh));
        body.put("registeredOn", "2099-01-01");
        asAdmin().body(body).post("/api/v1/enterprises").then().statusCode(400).body("errors[0].field", equalTo("registeredOn"));
        body.put("registeredOn", "2015-01-01");
        body.put("foundedOn", "2015-01-02");
        asAdmin().body(body).post("/api/v1/enterprises").then().statusCode(400).body("errors[0].field", equalTo("foundedOn"));
        String etag = asAdmin().get("/api/v1/enterprises/" + e1).then().extract().header("ETag");
        asAdmin().header("If-Match", etag).body(Map.of("unionId", joint, "unionSince", "2015-03-31")).patch("/api/v1/enterprises/" + e1)
                .then().statusCode(400).body("errors[0].field", equalTo("unionSince"));
        asAdmin().header("If-Match", etag).body(Map.of("unionSince", "2016-01-01")).patch("/api/v1/enterprises/" + e1)
                .then().statusCode(400).body("errors[0].field", equalTo("unionSince"));
    }

    /** S1-31 推动街道职工书屋实现全覆盖: street federations with a library in stock, out of all street federations. */
    @Test
    void streetsWithAPointOfAKindInStock() {
        long district = union(null, "DISTRICT_FEDERATION", "江干区总工会", "2000-01-01");
        long s1 = union(district, "STREET_TOWN_FEDERATION", "凯旋街道总工会", "2000-01-01");
        long s2 = union(district, "STREET_TOWN_FEDERATION", "采荷街道总工会", "2000-01-01");
        long s3 = union(district, "STREET_TOWN_FEDERATION", "闸弄口街道总工会", "2000-01-01");
        long company = union(s2, "ENTERPRISE_UNION", "企业工会", "2010-01-01");
        point(s1, "WORKERS_LIBRARY", Map.of("openedOn", "2015-03-01"));
        point(s1, "WORKERS_LIBRARY", Map.of("openedOn", "2015-04-01"));
        point(company, "WORKERS_LIBRARY", Map.of("openedOn", "2014-03-01")); // under s2
        point(s3, "WORKERS_LIBRARY", Map.of("openedOn", "2016-03-01")); // next year
        JsonPath stats = asAdmin().queryParam("unionId", district).queryParam("from", "2015-01-01").queryParam("to", "2015-12-31")
                .get("/api/v1/stats/membership").then().statusCode(200).extract().jsonPath();
        assertThat(row(stats, "WORKERS_LIBRARY").get("streetsWithStock")).isEqualTo(2);
        assertThat(stats.getInt("unionsByKind.STREET_TOWN_FEDERATION")).isEqualTo(3);
    }

    /** S3-06 工会法人、名称变更11家: unions with a rename or a legal-person change dated in the period, each once. */
    @Test
    void unionsRenamedOrWithALegalPersonChangeInThePeriod() {
        long district = union(null, "DISTRICT_FEDERATION", "西城区总工会", "2000-01-01");
        long niujie = union(district, "STREET_TOWN_FEDERATION", "牛街街道总工会", "2000-01-01");
        long a = union(niujie, "ENTERPRISE_UNION", "甲公司工会", "2010-01-01");
        long b = union(niujie, "ENTERPRISE_UNION", "乙公司工会", "2010-01-01");
        long c = union(niujie, "ENTERPRISE_UNION", "丙公司工会", "2010-01-01");
        rename(a, "甲集团工会", "2017-03-01");
        legalPerson(b, "2017-04-01");
        rename(b, "乙集团工会", "2017-05-01");
        rename(c, "丙集团工会", "2016-12-01"); // last year
        long elsewhere = union(null, "DISTRICT_FEDERATION", "别的区总工会", "2000-01-01");
        rename(elsewhere, "别的区总工会(新)", "2017-03-01");

        JsonPath stats = asAdmin().queryParam("unionId", niujie).queryParam("from", "2017-01-01").queryParam("to", "2017-05-31")
                .get("/api/v1/stats/membership").then().statusCode(200).extract().jsonPath();
        assertThat(stats.getInt("unionChanges.renamed")).isEqualTo(2);
        assertThat(stats.getInt("unionChanges.legalPersonChanged")).isEqualTo(1);
        assertThat(stats.getInt("unionChanges.changed")).as("S3-06: b counts once").isEqualTo(2);
        asAdmin().get("/api/v1/unions/" + b + "/changes").then().statusCode(200)
                .body("items.kind", equalTo(List.of("LEGAL_PERSON", "RENAME")))
                .body("items[1].oldValue", equalTo("乙公司工会")).body("items[1].newValue", equalTo("乙集团工会"));
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    static long union(Long parent, String kind, String name, String foundedOn) {
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "kind", kind, "foundedOn", foundedOn));
        if (parent != null) {
            body.put("parentId", parent);
        }
        return asAdmin().body(body).post("/api/v1/unions").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static long registered(long unionId, String registeredOn, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(Map.of("creditCode", TestIdentifiers.creditCode(), "name", "企业" + TestIdentifiers.unique(),
                "districtCode", "330104", "headcount", 30, "ownership", "NON_PUBLIC", "unionId", unionId, "registeredOn", registeredOn));
        body.putAll(extra);
        return asAdmin().body(body).post("/api/v1/enterprises").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static void move(long enterprise, long unionId, String since) {
        String etag = asAdmin().get("/api/v1/enterprises/" + enterprise).then().extract().header("ETag");
        Map<String, Object> body = new HashMap<>(Map.of("unionId", unionId));
        if (since != null) {
            body.put("unionSince", since);
        }
        asAdmin().header("If-Match", etag).body(body).patch("/api/v1/enterprises/" + enterprise).then().statusCode(200);
    }

    static void rename(long unionId, String name, String on) {
        String etag = asAdmin().get("/api/v1/unions/" + unionId).then().extract().header("ETag");
        asAdmin().header("If-Match", etag).body(Map.of("name", name, "renamedOn", on)).patch("/api/v1/unions/" + unionId)
                .then().statusCode(200);
    }

    static void legalPerson(long unionId, String on) {
        String etag = asAdmin().get("/api/v1/unions/" + unionId).then().extract().header("ETag");
        asAdmin().header("If-Match", etag).body(Map.of("creditCode", TestIdentifiers.creditCode(), "representative", "王主席",
                "changedOn", on)).post("/api/v1/unions/" + unionId + "/legal-person").then().statusCode(200);
    }

    static long enterprise(long unionId, int headcount) {
        return asAdmin().body(Map.of("creditCode", TestIdentifiers.creditCode(), "name", "企业" + TestIdentifiers.unique(),
                        "districtCode", "110102", "headcount", headcount, "ownership", "NON_PUBLIC", "unionId", unionId))
                .post("/api/v1/enterprises").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static long point(long unionId, String kind, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(Map.of("kind", kind, "name", kind + TestIdentifiers.unique(), "unionId", unionId,
                "address", "北京市西城区", "latitude", 39.9, "longitude", 116.36));
        body.putAll(extra);
        return asAdmin().body(body).post("/api/v1/service-points").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static void fund(long point, long fen, String purpose, String paidOn) {
        asAdmin().body(Map.of("amountFen", fen, "source", "区总工会", "purpose", purpose, "paidOn", paidOn))
                .post("/api/v1/service-points/" + point + "/fundings").then().statusCode(201);
    }

    static void inspect(long point, String kind, String result, String on) {
        asAdmin().body(Map.of("kind", kind, "result", result, "inspectedOn", on, "inspector", "区总工会女职工部"))
                .post("/api/v1/service-points/" + point + "/inspections").then().statusCode(201);
    }

    static long area(String kind, long unionId, Long coveredBy, String coveredOn) {
        Map<String, Object> body = new HashMap<>(Map.of("kind", kind, "name", kind + TestIdentifiers.unique(), "unionId", unionId));
        if (coveredBy != null) {
            body.put("coveredByUnionId", coveredBy);
            body.put("coveredOn", coveredOn);
        }
        return asAdmin().body(body).post("/api/v1/areas").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static long cadre(long unionId, String role, boolean fullTime, String fromOn) {
        return asAdmin().body(Map.of("unionId", unionId, "name", "干部" + TestIdentifiers.unique(), "role", role, "fullTime", fullTime,
                "fromOn", fromOn)).post("/api/v1/cadres").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static void training(long unionId, String mode, String heldOn, List<Long> cadres, int others) {
        Map<String, Object> body = new HashMap<>(Map.of("unionId", unionId, "title", "培训", "mode", mode, "heldOn", heldOn,
                "cadreIds", cadres));
        if (others > 0) {
            body.put("otherAttendees", others);
        }
        asAdmin().body(body).post("/api/v1/trainings").then().statusCode(201);
    }

    static Map<String, Object> area(JsonPath stats, String kind) {
        List<Map<String, Object>> rows = stats.getList("areas");
        return rows.stream().filter(r -> kind.equals(r.get("kind"))).findFirst()
                .orElseThrow(() -> new AssertionError("no areas row for " + kind + ": " + rows));
    }

    static Map<String, Object> nomination(String kind, String level, String person) {
        return Map.of("kind", kind, "level", level, "recipientType", "PERSON", "personName", person, "status", "NOMINATED",
                "nominatedOn", "2020-03-01");
    }

    static long honour(Map<String, Object> fields, long unionId) {
        Map<String, Object> body = new HashMap<>(fields);
        body.putIfAbsent("year", 2020);
        body.put("unionId", unionId);
        body.putIfAbsent("title", "2020年度" + fields.get("kind"));
        return asAdmin().body(body).post("/api/v1/honours").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static void decide(long honour, String outcome, String on) {
        String etag = asAdmin().get("/api/v1/honours/" + honour).then().extract().header("ETag");
        asAdmin().header("If-Match", etag).body(Map.of("outcome", outcome, "on", on)).post("/api/v1/honours/" + honour + "/decision")
                .then().statusCode(200).body("status", equalTo(outcome));
    }

    static JsonPath figures(long unionId, Map<String, Object> params) {
        return asAdmin().queryParam("unionId", unionId).queryParam("from", FROM).queryParam("to", TO).queryParams(params)
                .get("/api/v1/stats/membership").then().statusCode(200).extract().jsonPath();
    }

    static Map<String, Object> row(JsonPath stats, String kind) {
        List<Map<String, Object>> rows = stats.getList("servicePoints");
        return rows.stream().filter(r -> kind.equals(r.get("kind"))).findFirst()
                .orElseThrow(() -> new AssertionError("no servicePoints row for " + kind + ": " + rows));
    }

    static Map<String, Object> honours(JsonPath stats, String kind, String level, String programme) {
        List<Map<String, Object>> rows = stats.getList("honours");
        Map<String, Object> row = new HashMap<>(rows.stream().filter(r -> kind.equals(r.get("kind")) && level.equals(r.get("level"))
                        && java.util.Objects.equals(programme, r.get("programme"))).findFirst()
                .orElseThrow(() -> new AssertionError("no honours row for " + kind + " " + level + " " + programme + ": " + rows)));
        row.remove("programme");
        return row;
    }
}
