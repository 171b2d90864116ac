package cn.gonghui.benefits.activity;

import static cn.gonghui.benefits.Fixtures.activity;
import static cn.gonghui.benefits.Fixtures.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import cn.gonghui.benefits.Fixtures;
import cn.gonghui.testkit.Api;
import cn.gonghui.testkit.OrgTree;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Sign-ups never overbook, the waitlist moves up in order, audiences and windows hold, attendance counts 人 and 人次. */
@QuarkusTest
class ActivityTest {

    OrgTree.Tree tree;

    @BeforeEach
    void setUp() {
        tree = Fixtures.tree();
    }

    @Test
    void manyPhonesSigningUpAtOnceNeverTakeMoreThanThePlaces() throws Exception {
        long activity = activity(tree.district(), Map.of("places", 5));
        List<Long> members = Fixtures.members(tree.enterpriseUnion(), 16);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<String> statuses = new ArrayList<>();
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> calls = new ArrayList<>();
            for (long m : members) {
                calls.add(pool.submit(() -> {
                    start.await();
                    return Api.asMember(m).post("/api/v1/activities/" + activity + "/signups").then().statusCode(201)
                            .extract().jsonPath().getString("status");
                }));
            }
            start.countDown();
            for (Future<String> f : calls) {
                statuses.add(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(statuses.stream().filter("CONFIRMED"::equals).count()).isEqualTo(5);
        assertThat(statuses.stream().filter("WAITLISTED"::equals).count()).isEqualTo(11);
        Api.asAdmin().get("/api/v1/activities/" + activity).then().body("confirmed", equalTo(5), "waitlisted", equalTo(11));
    }

    @Test
    void aFreedPlaceGoesToTheFirstOnTheWaitlist() {
        long activity = activity(tree.district(), Map.of("places", 1));
        List<Long> m = Fixtures.members(tree.enterpriseUnion(), 3);
        long first = signUp(m.get(0), activity, "CONFIRMED");
        long second = signUp(m.get(1), activity, "WAITLISTED");
        signUp(m.get(2), activity, "WAITLISTED");
        Api.asMember(m.get(0)).post("/api/v1/activities/" + activity + "/signups").then().statusCode(409);
        // another member cannot cancel someone else's place
        Api.asMember(m.get(1)).post("/api/v1/signups/" + first + "/cancellation").then().statusCode(404);
        Api.asMember(m.get(0)).post("/api/v1/signups/" + first + "/cancellation").then().statusCode(200).body("status", equalTo("CANCELLED"));
        Api.asMember(m.get(0)).post("/api/v1/signups/" + first + "/cancellation").then().statusCode(200);
        Api.asMember(m.get(1)).get("/api/v1/signups/mine").then().body("items.find { it.id == " + second + " }.status", equalTo("CONFIRMED"));
        Api.asAdmin().get("/api/v1/activities/" + activity).then().body("confirmed", equalTo(1), "waitlisted", equalTo(1));
        // a member sees only their own sign-ups
        Api.asMember(m.get(2)).get("/api/v1/signups/mine").then().body("items.size()", equalTo(1));
        Api.asMember(m.get(2)).get("/api/v1/activities/" + activity + "/signups").then().statusCode(403);
    }

    @Test
    void audiencesAndTheSignupWindowHold() {
        long women = activity(tree.district(), Map.of("audience", "WOMEN", "category", "LECTURE"));
        long man = Fixtures.member(tree.enterpriseUnion(), "MALE", 1990);
        long woman = Fixtures.member(tree.enterpriseUnion(), "FEMALE", 1990);
        Api.asMember(man).post("/api/v1/activities/" + women + "/signups").then().statusCode(400);
        signUp(woman, women, "CONFIRMED");

        long young = activity(tree.district(), Map.of("audience", "YOUNG", "category", "SOCIAL"));
        long older = Fixtures.member(tree.enterpriseUnion(), "FEMALE", today().getYear() - 35);
        long younger = Fixtures.member(tree.enterpriseUnion(), "MALE", today().getYear() - 34);
        Api.asMember(older).post("/api/v1/activities/" + young + "/signups").then().statusCode(400);
        signUp(younger, young, "CONFIRMED");

        long closed = activity(tree.district(), Map.of("signupOpensOn", today().minusDays(10).toString(),
                "signupClosesOn", today().minusDays(1).toString()));
        Api.asMember(woman).post("/api/v1/activities/" + closed + "/signups").then().statusCode(409);
        long otherStreet = Fixtures.union(tree.district(), "STREET_TOWN_FEDERATION");
        long elsewhere = activity(otherStreet, Map.of());
        Api.asMember(woman).post("/api/v1/activities/" + elsewhere + "/signups").then().statusCode(404);
        Api.asOfficer(tree.street()).get("/api/v1/activities/" + elsewhere).then().statusCode(404);
    }

    @Test
    void attendanceCountsMembersOncePerSessionAndWalkInsToo() {
        long activity = activity(tree.street(), Map.of("startsOn", today().minusDays(2).toString()));
        List<Long> m = Fixtures.members(tree.enterpriseUnion(), 2);
        long session = Api.asOfficer(tree.street()).body(Map.of("heldOn", today().minusDays(1).toString(), "place", "职工之家"))
                .post("/api/v1/activities/" + activity + "/sessions").then().statusCode(201).extract().jsonPath().getLong("id");
        Api.asOfficer(tree.street()).body(Map.of("memberIds", m, "walkIns", 30)).post("/api/v1/sessions/" + session + "/attendance")
                .then().statusCode(200).body("attended", equalTo(2), "walkIns", equalTo(30));
        // sent again (a retry): the same
        Api.asOfficer(tree.street()).body(Map.of("memberIds", m, "walkIns", 30)).post("/api/v1/sessions/" + session + "/attendance")
                .then().statusCode(200).body("attended", equalTo(2), "walkIns", equalTo(30));
        Api.asOfficer(tree.street()).body(Map.of("heldOn", today().plusDays(30).toString(), "place", "x"))
                .post("/api/v1/activities/" + activity + "/sessions").then().statusCode(400).body("errors[0].field", equalTo("heldOn"));
        long otherStreet = Fixtures.union(tree.district(), "STREET_TOWN_FEDERATION");
        Api.asOfficer(otherStreet).body(Map.of("memberIds", m)).post("/api/v1/sessions/" + session + "/attendance").then().statusCode(404);
    }

    private static long signUp(long member, long activity, String expected) {
        return Api.asMember(member).post("/api/v1/activities/" + activity + "/signups").then().statusCode(201)
                .body("status", equalTo(expected)).extract().jsonPath().getLong("id");
    }
}
