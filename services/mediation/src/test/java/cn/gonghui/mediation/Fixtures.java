package cn.gonghui.mediation;

import cn.gonghui.orgreplica.testkit.ReplicaOrg;
import cn.gonghui.testkit.Api;
import cn.gonghui.testkit.TestIdentifiers;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Test data made the way the service meets it: the organisation from membership's events on the real
 * broker (waiting until the replica has it), everything else through the API.
 * The organisation's common part (tree, unions, enterprises, members) is {@link ReplicaOrg}'s.
 */
public final class Fixtures extends ReplicaOrg {

    private Fixtures() {
    }

    public static LocalDate today() {
        return LocalDate.now(TestClock.CLOCK);
    }

    /** A mediator's token: role mediator, subject as appointed at a centre. */
    public static RequestSpecification asMediator(String subject) {
        return Api.as(Api.tokens().mint(subject, List.of("mediator"), Map.of()));
    }

    /** A centre run by the union. */
    public static long centre(long unionId, String kind) {
        return Api.asAdmin().body(Map.of("unionId", unionId, "name", "调解中心" + id(), "kind", kind))
                .post("/api/v1/centres").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** Appoints a mediator with a fresh token subject at the centre. */
    public static Mediator mediator(long centreId) {
        String subject = "mediator-" + id();
        long id = Api.asAdmin().body(Map.of("subject", subject, "name", "调解员" + id()))
                .post("/api/v1/centres/" + centreId + "/mediators").then().statusCode(201).extract().jsonPath().getLong("id");
        return new Mediator(id, subject);
    }

    public record Mediator(long id, String subject) {
        public RequestSpecification api() {
            return asMediator(subject);
        }
    }

    /** A default application body at the centre; overrides replace or add fields. */
    public static Map<String, Object> intake(long centreId, Map<String, Object> overrides) {
        Map<String, Object> body = new HashMap<>(Map.of("centreId", centreId, "name", "申请人" + id(), "idNumber", TestIdentifiers.idNumber(),
                "stillEmployed", false, "respondentName", "某建筑公司", "facts", "拖欠三个月工资", "channel", "WALK_IN",
                "claims", List.of(Map.of("category", "UNPAID_WAGES", "claimedFen", 3_000_000))));
        body.putAll(overrides);
        return body;
    }

    /** A case received today at the centre (as the district admin); answers its id. */
    public static long openCase(long centreId, Map<String, Object> overrides) {
        return Api.asAdmin().body(intake(centreId, overrides)).post("/api/v1/cases").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static io.restassured.path.json.JsonPath read(long caseId) {
        return Api.asAdmin().get("/api/v1/cases/" + caseId).then().statusCode(200).extract().jsonPath();
    }

    public static String etag(long caseId) {
        return Api.asAdmin().get("/api/v1/cases/" + caseId).then().statusCode(200).extract().header("ETag");
    }

    public static Response assign(long caseId, long mediatorId) {
        return Api.asAdmin().header("If-Match", etag(caseId)).body(Map.of("mediatorId", mediatorId))
                .post("/api/v1/cases/" + caseId + "/assignment");
    }

    /** Drafts the agreement with the given terms ({claimId, amountFen, dueOn}). */
    public static Response agree(long caseId, List<Map<String, Object>> terms) {
        return Api.asAdmin().header("If-Match", etag(caseId)).body(Map.of("terms", terms)).post("/api/v1/cases/" + caseId + "/agreement");
    }

    public static Map<String, Object> term(long claimId, long amountFen, LocalDate dueOn) {
        return Map.of("claimId", claimId, "amountFen", amountFen, "dueOn", dueOn.toString());
    }

    /** Applicant, respondent and the case's mediator sign: the agreement binds. */
    public static void signAll(long caseId, Mediator mediator) {
        Api.asAdmin().body(Map.of("party", "APPLICANT", "signerName", "申请人")).post("/api/v1/cases/" + caseId + "/signatures")
                .then().statusCode(200);
        Api.asAdmin().body(Map.of("party", "RESPONDENT", "signerName", "公司代表")).post("/api/v1/cases/" + caseId + "/signatures")
                .then().statusCode(200);
        mediator.api().body(Map.of("party", "MEDIATOR")).post("/api/v1/cases/" + caseId + "/signatures").then().statusCode(200);
    }

    /** A case with one claim of {@code claimedFen}, agreed at {@code agreedFen} in one term due in 10 days, signed by all. */
    public static long mediatedCase(long centreId, Mediator mediator, long claimedFen, long agreedFen, Map<String, Object> overrides) {
        Map<String, Object> body = new HashMap<>(Map.of("claims", List.of(Map.of("category", "UNPAID_WAGES", "claimedFen", claimedFen))));
        body.putAll(overrides);
        long id = openCase(centreId, body);
        assign(id, mediator.id()).then().statusCode(200);
        long claim = read(id).getLong("claims[0].id");
        agree(id, List.of(term(claim, agreedFen, today().plusDays(10)))).then().statusCode(200);
        signAll(id, mediator);
        return id;
    }

    public static Response pay(long caseId, long termId, long amountFen) {
        return Api.asAdmin().body(Map.of("termId", termId, "amountFen", amountFen)).post("/api/v1/cases/" + caseId + "/payments");
    }
}
