package cn.gonghui.system;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.testkit.Eventually;
import cn.gonghui.testkit.TestIdentifiers;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The system as its users meet it: requests to a service as a role, and the few steps every journey
 * takes (a union tree, an enterprise, a member) made through membership's public API. Nothing here touches a
 * database or a broker: what other services know, they learn from membership's events.
 */
final class Sys {

    static final String MEMBERSHIP = "membership";
    static final String BARGAINING = "bargaining";
    static final String MEDIATION = "mediation";
    static final String ASSISTANCE = "assistance";
    static final String BENEFITS = "benefits";

    /** How long an event may take from membership's outbox to another service's effect. */
    static final Duration EVENTS = Duration.ofSeconds(30);

    private Sys() {
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    static String unique() {
        return String.valueOf(TestIdentifiers.unique());
    }

    // ---- roles

    static RequestSpecification admin(String service) {
        return SystemStack.api(service, SystemStack.tokens().districtAdmin());
    }

    static RequestSpecification officer(String service, long unionId) {
        return SystemStack.api(service, SystemStack.tokens().officer(unionId));
    }

    static RequestSpecification member(String service, long memberId) {
        return SystemStack.api(service, SystemStack.tokens().member(memberId));
    }

    static RequestSpecification fundManager() {
        return SystemStack.api(ASSISTANCE, SystemStack.tokens().mint("fund-manager-system", List.of("fund-manager"), Map.of()));
    }

    static RequestSpecification insurer(String partnerId) {
        return SystemStack.api(BENEFITS, SystemStack.tokens().partner("insurer", partnerId));
    }

    /** A phone before it is a member's: a real-name verified account, no memberId yet. */
    static RequestSpecification applicant(String idNumber) {
        return SystemStack.api(MEMBERSHIP, SystemStack.tokens().mint("wx-openid-" + unique(), List.of("member"),
                Map.of("realNameIdHash", SystemStack.running().keys().realNameClaim(idNumber))));
    }

    static RequestSpecification idempotent(RequestSpecification request) {
        return request.header("Idempotency-Key", UUID.randomUUID().toString());
    }

    // ---- membership: the organisation and its members

    record Tree(long district, long street, long grassroots, long enterprise) {
    }

    static long union(Long parentId, String kind) {
        Map<String, Object> body = new HashMap<>(Map.of("name", "工会" + unique(), "kind", kind, "foundedOn", today().minusYears(1).toString()));
        if (parentId != null) {
            body.put("parentId", parentId);
        }
        return admin(MEMBERSHIP).body(body).post("/unions").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static long enterprise(long unionId, int headcount) {
        return admin(MEMBERSHIP).body(Map.of("creditCode", TestIdentifiers.creditCode(), "name", "企业" + unique(), "districtCode", "110115",
                        "headcount", headcount, "ownership", "NON_PUBLIC", "unionId", unionId))
                .post("/enterprises").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** District → street federation → enterprise union, with the union's enterprise. */
    static Tree tree() {
        long district = union(null, "DISTRICT_FEDERATION");
        long street = union(district, "STREET_TOWN_FEDERATION");
        long grassroots = union(street, "ENTERPRISE_UNION");
        return new Tree(district, street, grassroots, enterprise(grassroots, 150));
    }

    record Person(long memberId, String idNumber) {
    }

    /** Enrolled directly by the union's officer (直接登记入会): MemberJoined. */
    static Person enrol(long unionId) {
        String idNumber = TestIdentifiers.idNumber();
        long id = idempotent(officer(MEMBERSHIP, unionId)).body(Map.of("name", "职工" + unique(), "idNumber", idNumber, "unionId", unionId))
                .post("/members").then().statusCode(201).extract().jsonPath().getLong("id");
        return new Person(id, idNumber);
    }

    // ---- waiting for the other services

    /** Polls (bounded, {@link #EVENTS}) until the request answers {@code status}; answers that response. */
    static Response awaitStatus(String what, int status, Supplier<Response> request) {
        Response[] last = new Response[1];
        try {
            Eventually.await(EVENTS, what, () -> (last[0] = request.get()).statusCode() == status);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; last answer " + last[0].statusCode() + " " + last[0].asString(), e);
        }
        return last[0];
    }

    /** Polls (bounded) until the request answers 200 and the body satisfies {@code check}; answers the body. */
    static JsonPath awaitBody(String what, Supplier<Response> request, java.util.function.Predicate<JsonPath> check) {
        Response[] last = new Response[1];
        try {
            Eventually.await(EVENTS, what, () -> {
                last[0] = request.get();
                return last[0].statusCode() == 200 && check.test(last[0].jsonPath());
            });
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; last answer " + last[0].statusCode() + " " + last[0].asString(), e);
        }
        return last[0].jsonPath();
    }

    static void assertProblem(Response response, int status) {
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    static String period() {
        return "from=" + today().withDayOfYear(1) + "&to=" + today();
    }

    static boolean hasId(JsonPath page, String path, long id) {
        return page.getList(path, Object.class).stream().anyMatch(v -> String.valueOf(v).equals(String.valueOf(id)));
    }

    // ---- benefits: mutual-aid insurance

    record Plan(long planId, long periodId, String insurerId) {
    }

    /** An inpatient plan of the union for a fresh insurer, cover from tomorrow for a year (enrolment closes when it starts). */
    static Plan insurancePlan(long unionId) {
        return insurancePlan(unionId, today().plusDays(1));
    }

    /** An inpatient plan of the union for a fresh insurer, cover for a year from {@code startsOn}. */
    static Plan insurancePlan(long unionId, LocalDate startsOn) {
        String insurer = "insurer-" + unique();
        Map<String, Object> body = Map.of("unionId", unionId, "insurerId", insurer, "name", "住院医疗互助" + unique(),
                "kind", "INPATIENT_MEDICAL", "premiumFen", 3000, "womenOnly", false);
        long plan = awaitStatus("benefits knows union " + unionId, 201,
                () -> idempotent(admin(BENEFITS)).body(body).post("/insurance/plans")).jsonPath().getLong("id");
        long period = idempotent(admin(BENEFITS)).body(Map.of("startsOn", startsOn.toString(), "endsOn", startsOn.plusDays(364).toString()))
                .post("/insurance/plans/" + plan + "/periods").then().statusCode(201).extract().jsonPath().getLong("id");
        return new Plan(plan, period, insurer);
    }

    /** The union's officer enrols the member, once benefits' replica knows the member; answers the enrolment id. */
    static long enrolInsurance(long officerUnion, Plan plan, long memberId) {
        return awaitStatus("benefits can enrol member " + memberId + " as an officer of " + officerUnion, 201,
                () -> idempotent(officer(BENEFITS, officerUnion)).body(Map.of("periodId", plan.periodId(), "memberId", memberId))
                        .post("/insurance/enrolments")).jsonPath().getLong("id");
    }

    /**
     * Cover the member already holds in a running period, recorded by an officer of the plan's union (既有保障登记)
     * once benefits knows the member (their card is issued); answers the enrolment id.
     */
    static long recordExistingCover(long planUnion, Plan plan, long memberId) {
        awaitBody("benefits knows member " + memberId, () -> member(BENEFITS, memberId).get("/cards/mine"),
                c -> "ACTIVE".equals(c.getString("status")));
        JsonPath recorded = idempotent(officer(BENEFITS, planUnion)).body(Map.of("reason", "承保名单(迁入系统前)", "memberIds", List.of(memberId)))
                .post("/insurance/periods/" + plan.periodId() + "/existing-cover").then().statusCode(200).extract().jsonPath();
        assertThat(recorded.getList("rejected")).as(recorded.prettify()).isEmpty();
        return recorded.getLong("recorded[0].enrolmentId");
    }

    /** The insurer's feed from the start, as the insurer pages it. */
    static List<Map<String, Object>> feed(String insurerId) {
        return insurer(insurerId).get("/insurer/enrolment-changes?since=0&limit=1000").then().statusCode(200)
                .extract().jsonPath().getList("changes");
    }

    static boolean feedHas(String insurerId, long enrolmentId, String change) {
        return feed(insurerId).stream().anyMatch(c -> String.valueOf(c.get("enrolmentId")).equals(String.valueOf(enrolmentId))
                && change.equals(c.get("change")));
    }

    /** An open hardship file of the union for the person, once assistance's replica knows the union; answers its id. */
    static long hardshipFile(long unionId, String idNumber) {
        Map<String, Object> body = Map.of("unionId", unionId, "name", "困难职工" + unique(), "idNumber", idNumber, "householdSize", 3,
                "monthlyIncomeFen", 120_000, "causes", List.of("ILLNESS"), "level", "GENERAL");
        return awaitStatus("assistance registers a file in union " + unionId, 201,
                () -> idempotent(officer(ASSISTANCE, unionId)).body(body).post("/hardship-files")).jsonPath().getLong("id");
    }
}
