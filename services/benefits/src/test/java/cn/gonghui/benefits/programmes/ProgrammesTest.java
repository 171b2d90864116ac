package cn.gonghui.benefits.programmes;

import static cn.gonghui.benefits.Fixtures.activity;
import static cn.gonghui.benefits.Fixtures.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import cn.gonghui.benefits.Fixtures;
import cn.gonghui.benefits.TestClock;
import cn.gonghui.testkit.Api;
import cn.gonghui.testkit.OrgTree;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Job fairs and postings (S1-50..53, S2-46..48), childcare demand and enrolment (S2-35..37, S1-77/78),
 * purchased services (S2-49/50), giveaways (S0-05, S2-51..53) and skills records (S1-08..10, S1-20, S1-22,
 * S0-43/44), each loaded through the API and read back from the stats.
 */
@QuarkusTest
class ProgrammesTest {

    @AfterEach
    void resetClock() {
        TestClock.CLOCK.reset();
    }

    @Test
    void eachProgrammeIsCountedFromItsRecords() {
        OrgTree.Tree tree = Fixtures.tree();
        long street = tree.street();
        // 春送岗位
        Api.asOfficer(street).body(Map.of("unionId", street, "title", "春风行动专场招聘会", "employers", 60, "positions", 4000,
                "visitors", 3000, "intentions", 1200)).post("/api/v1/job-fairs").then().statusCode(201);
        Api.asOfficer(street).body(Map.of("unionId", tree.enterpriseUnion(), "title", "园区招聘会", "employers", 20, "positions", 1051,
                "visitors", 900, "intentions", 1000)).post("/api/v1/job-fairs").then().statusCode(400).body("errors[0].field", equalTo("intentions"));
        Api.asOfficer(street).body(Map.of("unionId", tree.enterpriseUnion(), "title", "园区招聘会", "employers", 20, "positions", 1051,
                "visitors", 900, "intentions", 300)).post("/api/v1/job-fairs").then().statusCode(201);
        Api.asOfficer(street).body(Map.of("unionId", street, "employer", "某物流公司", "title", "分拣员", "positions", 40))
                .post("/api/v1/job-postings").then().statusCode(201);

        // 暑期托管: demand, a class with 2 places, children enrolled from members' phones
        Api.asOfficer(street).body(Map.of("unionId", street, "year", today().getYear(), "classesRequested", 3, "children", 80))
                .post("/api/v1/childcare-demands").then().statusCode(201);
        Api.asOfficer(street).body(Map.of("unionId", street, "year", today().getYear(), "classesRequested", 1, "children", 5))
                .post("/api/v1/childcare-demands").then().statusCode(409);
        long summer = activity(street, Map.of("category", "SUMMER_CHILDCARE", "audience", "CHILDREN", "places", 2));
        List<Long> parents = Fixtures.members(tree.enterpriseUnion(), 2);
        Api.asMember(parents.get(0)).body(Map.of("birthYear", 2016, "migrant", true)).post("/api/v1/activities/" + summer + "/children")
                .then().statusCode(201);
        long second = Api.asMember(parents.get(0)).body(Map.of("birthYear", 2018, "migrant", true))
                .post("/api/v1/activities/" + summer + "/children").then().statusCode(201).extract().jsonPath().getLong("id");
        Api.asMember(parents.get(1)).body(Map.of("birthYear", 2017, "migrant", false)).post("/api/v1/activities/" + summer + "/children")
                .then().statusCode(409);
        Api.asMember(parents.get(1)).post("/api/v1/children/" + second + "/cancellation").then().statusCode(404);
        Api.asMember(parents.get(0)).post("/api/v1/children/" + second + "/cancellation").then().statusCode(200);
        Api.asMember(parents.get(1)).body(Map.of("birthYear", 2017, "migrant", false)).post("/api/v1/activities/" + summer + "/children")
                .then().statusCode(201);
        long lecture = activity(street, Map.of("category", "LECTURE"));
        Api.asMember(parents.get(1)).body(Map.of("birthYear", 2017, "migrant", false)).post("/api/v1/activities/" + lecture + "/children")
                .then().statusCode(400);

        // 购买社会组织服务
        long project = Api.asOfficer(street).body(Map.of("unionId", street, "title", "职工心理减压", "provider", "某社工事务所",
                        "budgetFen", 8_000_000, "startsOn", today().minusDays(30).toString(), "endsOn", today().plusDays(60).toString()))
                .post("/api/v1/service-projects").then().statusCode(201).extract().jsonPath().getLong("id");
        Api.asOfficer(street).body(Map.of("personTimes", 40, "description", "团体减压")).post("/api/v1/service-projects/" + project + "/deliveries")
                .then().statusCode(201);
        Api.asOfficer(street).body(Map.of("personTimes", 25, "description", "个案咨询", "deliveredOn", today().minusDays(3).toString()))
                .post("/api/v1/service-projects/" + project + "/deliveries").then().statusCode(201);
        Api.asOfficer(street).body(Map.of("personTimes", 25, "description", "x", "deliveredOn", today().minusDays(31).toString()))
                .post("/api/v1/service-projects/" + project + "/deliveries").then().statusCode(400);

        // 线上赠送: three members enter, two cards to give, one draw after entries close
        long giveaway = Api.asOfficer(street).body(Map.of("unionId", street, "title", "世界读书日", "item", "电子图书卡", "quantity", 2,
                        "opensOn", today().minusDays(1).toString(), "closesOn", today().toString()))
                .post("/api/v1/giveaways").then().statusCode(201).extract().jsonPath().getLong("id");
        List<Long> readers = Fixtures.members(tree.enterpriseUnion(), 3);
        for (long r : readers) {
            Api.asMember(r).post("/api/v1/giveaways/" + giveaway + "/entries").then().statusCode(200);
        }
        Api.asMember(readers.get(0)).post("/api/v1/giveaways/" + giveaway + "/entries").then().statusCode(200);
        Api.asOfficer(street).post("/api/v1/giveaways/" + giveaway + "/draw").then().statusCode(409);
        TestClock.CLOCK.advanceDays(1);
        Api.asOfficer(street).post("/api/v1/giveaways/" + giveaway + "/draw").then().statusCode(200).body("entries", equalTo(3), "winners", equalTo(2));
        Api.asOfficer(street).post("/api/v1/giveaways/" + giveaway + "/draw").then().statusCode(409);
        long won = readers.stream().filter(r -> Api.asMember(r).get("/api/v1/giveaways/" + giveaway + "/entries/mine").then().statusCode(200)
                .extract().jsonPath().getBoolean("won")).count();
        assertThat(won).isEqualTo(2);
        TestClock.CLOCK.reset();

        // 职工素质
        Api.asOfficer(street).body(Map.of("memberId", readers.get(0), "kind", "GRADE_UPGRADE", "title", "电工 三级"))
                .post("/api/v1/qualifications").then().statusCode(201);
        Api.asOfficer(street).body(Map.of("memberId", readers.get(1), "kind", "TECHNICIAN", "title", "焊工 技师"))
                .post("/api/v1/qualifications").then().statusCode(201);
        Api.asOfficer(street).body(Map.of("memberId", readers.get(1), "kind", "TECHNICIAN", "title", "焊工 技师"))
                .post("/api/v1/qualifications").then().statusCode(409);
        Api.asOfficer(street).body(Map.of("unionId", street, "kind", "PROPOSAL", "title", "优化排班", "valueFen", 1_000_000))
                .post("/api/v1/innovations").then().statusCode(201);
        Api.asOfficer(street).body(Map.of("unionId", street, "kind", "PROJECT", "title", "节能改造", "valueFen", 2_000_000, "excellent", true))
                .post("/api/v1/innovations").then().statusCode(201);
        long chess = activity(street, Map.of("category", "SPORTS", "title", "职工棋类比赛"));
        Api.asOfficer(street).body(Map.of("unionId", tree.enterpriseUnion(), "event", "中国象棋团体", "entrant", "一厂代表队", "team", true,
                "place", 2)).post("/api/v1/activities/" + chess + "/results").then().statusCode(201);
        Api.asOfficer(street).body(Map.of("unionId", street, "event", "围棋团体", "entrant", "街道代表队", "team", true, "place", 3))
                .post("/api/v1/activities/" + chess + "/results").then().statusCode(201);

        JsonPath s = Api.asOfficer(street).get("/api/v1/stats/benefits").then().statusCode(200).extract().jsonPath();
        assertThat(s.getMap("employment")).containsEntry("fairs", 2).containsEntry("positions", 5051).containsEntry("intentions", 1500)
                .containsEntry("postings", 1).containsEntry("postedPositions", 40);
        assertThat(s.getMap("childcare")).containsEntry("federationsReporting", 1).containsEntry("classesRequested", 3)
                .containsEntry("classes", 1).containsEntry("children", 2).containsEntry("migrantChildren", 1);
        assertThat(s.getMap("purchasedServices")).containsEntry("projects", 1).containsEntry("deliveries", 2).containsEntry("personTimes", 65);
        assertThat(s.getMap("giveaways")).containsEntry("giveaways", 1).containsEntry("entries", 3).containsEntry("winners", 2);
        assertThat(s.getLong("skills.qualificationsByKind.TECHNICIAN")).isEqualTo(1);
        assertThat(s.getLong("skills.membersQualified")).isEqualTo(2);
        assertThat(s.getMap("skills")).containsEntry("proposals", 1).containsEntry("projects", 1).containsEntry("excellentProjects", 1)
                .containsEntry("valueFen", 3_000_000).containsEntry("placings", 2).containsEntry("podiums", 2);

        long otherStreet = Fixtures.union(tree.district(), "STREET_TOWN_FEDERATION");
        Api.asOfficer(otherStreet).get("/api/v1/job-fairs").then().statusCode(200).body("items.size()", equalTo(0));
        Api.asOfficer(otherStreet).get("/api/v1/service-projects/" + project + "/deliveries").then().statusCode(404);
        Api.asOfficer(otherStreet).post("/api/v1/giveaways/" + giveaway + "/draw").then().statusCode(404);
        long outsider = Fixtures.member(otherStreet);
        Api.asMember(outsider).post("/api/v1/giveaways/" + giveaway + "/entries").then().statusCode(404);
        Api.asOfficer(otherStreet).body(Map.of("memberId", readers.get(0), "kind", "CERTIFICATE", "title", "x"))
                .post("/api/v1/qualifications").then().statusCode(400).body("errors[0].field", equalTo("memberId"));
    }

    /** S1-33 clubs, S2-59..63 association memberships and awards, S0-41 units entered, S1-07 large enterprises entered, S4-18 online learners. */
    @Test
    void clubsAchievementsEntriesAndOnlineLearningAreCountedFromTheirRecords() {
        OrgTree.Tree tree = Fixtures.tree();
        long street = tree.street();
        long club = Api.asOfficer(street).body(Map.of("unionId", street, "name", "书画协会")).post("/api/v1/interest-clubs")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long closed = Api.asOfficer(street).body(Map.of("unionId", street, "name", "摄影协会")).post("/api/v1/interest-clubs")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        Api.asOfficer(street).body(Map.of()).post("/api/v1/interest-clubs/" + closed + "/closing").then().statusCode(200);
        Api.asOfficer(street).body(Map.of()).post("/api/v1/interest-clubs/" + closed + "/closing").then().statusCode(409);

        List<Long> artists = Fixtures.members(tree.enterpriseUnion(), 2);
        for (long a : artists) {
            Api.asOfficer(street).body(Map.of("memberId", a, "kind", "ASSOCIATION_MEMBERSHIP", "body", "北京美协")).post("/api/v1/achievements")
                    .then().statusCode(201);
        }
        Api.asOfficer(street).body(Map.of("memberId", artists.get(0), "kind", "ASSOCIATION_MEMBERSHIP", "body", "北京美协"))
                .post("/api/v1/achievements").then().statusCode(409);
        Api.asOfficer(street).body(Map.of("memberId", artists.get(0), "kind", "AWARD", "body", "北京市职工书画展", "title", "二等奖"))
                .post("/api/v1/achievements").then().statusCode(201);

        // test-kit's enterprises have 120 staff: both are above the default threshold of 50
        long big = Fixtures.enterprise(tree.enterpriseUnion());
        long small = Fixtures.enterprise(tree.enterpriseUnion());
        long tug = activity(street, Map.of("category", "SPORTS", "title", "职工拔河比赛"));
        Api.asOfficer(street).body(Map.of("unionId", tree.enterpriseUnion(), "enterpriseId", big, "entrants", 10))
                .post("/api/v1/activities/" + tug + "/entries").then().statusCode(201);
        Api.asOfficer(street).body(Map.of("unionId", tree.enterpriseUnion(), "enterpriseId", big, "entrants", 10))
                .post("/api/v1/activities/" + tug + "/entries").then().statusCode(409);
        Api.asOfficer(street).body(Map.of("unionId", street, "entrants", 12)).post("/api/v1/activities/" + tug + "/entries").then().statusCode(201);
        long lecture = activity(street, Map.of("category", "LECTURE"));
        Api.asOfficer(street).body(Map.of("unionId", street, "entrants", 1)).post("/api/v1/activities/" + lecture + "/entries").then().statusCode(400);

        long course = Api.asOfficer(street).body(Map.of("unionId", street, "title", "紫砂技艺线上课", "opensOn", today().toString()))
                .post("/api/v1/online-courses").then().statusCode(201).extract().jsonPath().getLong("id");
        for (long a : artists) {
            Api.asMember(a).post("/api/v1/online-courses/" + course + "/enrolments").then().statusCode(200);
        }
        Api.asMember(artists.get(0)).post("/api/v1/online-courses/" + course + "/enrolments").then().statusCode(200).body("learners", equalTo(2));
        long otherStreet = Fixtures.union(tree.district(), "STREET_TOWN_FEDERATION");
        Api.asMember(Fixtures.member(otherStreet)).post("/api/v1/online-courses/" + course + "/enrolments").then().statusCode(404);
        Api.asOfficer(otherStreet).body(Map.of()).post("/api/v1/interest-clubs/" + club + "/closing").then().statusCode(404);

        JsonPath s = Api.asOfficer(street).get("/api/v1/stats/benefits").then().statusCode(200).extract().jsonPath();
        assertThat(s.getLong("community.clubs")).isEqualTo(1);
        assertThat(s.getLong("community.associationMembersByBody.北京美协")).isEqualTo(2);
        assertThat(s.getLong("community.selectionsAndAwards")).isEqualTo(1);
        assertThat(s.getLong("community.unitsEntered")).isEqualTo(2);
        assertThat(s.getLong("community.largeEnterprises")).isEqualTo(2);
        assertThat(s.getLong("community.largeEnterprisesEntered")).isEqualTo(1);
        assertThat(s.getLong("community.onlineLearners")).isEqualTo(2);
        assertThat(small).isNotEqualTo(big);
    }
}
