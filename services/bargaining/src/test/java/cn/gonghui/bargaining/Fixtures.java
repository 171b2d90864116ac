package cn.gonghui.bargaining;

import cn.gonghui.orgreplica.ReplicaEnterprise;
import cn.gonghui.orgreplica.testkit.ReplicaOrg;
import cn.gonghui.testkit.Api;
import cn.gonghui.testkit.OrgTree;
import cn.gonghui.testkit.TestIdentifiers;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Test data made the way the service meets it: the organisation and its enterprises from membership's events
 * on the real broker (waiting until the replica has them), everything else through the API.
 * The organisation's common part (tree, unions, enterprises, members) is {@link ReplicaOrg}'s.
 */
public final class Fixtures extends ReplicaOrg {

    private Fixtures() {
    }

    /** An enterprise of 120 workers, non-public, under the union. */
    public static long enterprise(long unionId) {
        return enterprise(unionId, 120, "NON_PUBLIC");
    }

    /** EnterpriseRegistered with this headcount and ownership (STATE, COLLECTIVE, NON_PUBLIC), covered by the union. */
    public static long enterprise(long unionId, int headcount, String ownership) {
        long id = OrgTree.nextId();
        org().publish("EnterpriseRegistered", "enterprises/" + id, OrgTree.data().put("enterpriseId", id)
                .put("creditCode", TestIdentifiers.creditCode()).put("name", "测试企业" + id).put("districtCode", "110115")
                .put("headcount", headcount).put("ownership", ownership).put("unionId", unionId).put("covered", true));
        awaitReplica(() -> ReplicaEnterprise.findById(id) != null);
        return id;
    }

    public static LocalDate today() {
        return LocalDate.now(TestClock.CLOCK);
    }

    public static Map<String, Object> covered(long enterpriseId, int workers) {
        return Map.of("enterpriseId", enterpriseId, "workers", workers);
    }

    /** 要约 by the union, as the district admin; overrides replace the defaults. */
    public static Response offer(long unionId, List<Map<String, Object>> enterprises, Map<String, Object> overrides) {
        Map<String, Object> body = new HashMap<>(Map.of("unionId", unionId, "kind", "WAGE", "scope", enterprises.size() == 1 ? "SINGLE" : "REGIONAL",
                "title", "工资专项集体合同" + id(), "initiator", "UNION", "enterprises", enterprises));
        body.putAll(overrides);
        return Api.asAdmin().body(body).post("/api/v1/contracts");
    }

    public static long offered(long unionId, List<Map<String, Object>> enterprises, Map<String, Object> overrides) {
        return offer(unionId, enterprises, overrides).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static Response post(long contractId, String step, Map<String, Object> body) {
        return Api.asAdmin().body(body).post("/api/v1/contracts/" + contractId + "/" + step);
    }

    /** Answered and negotiated once, offered {@code daysAgo} days ago. */
    public static long negotiating(long unionId, List<Map<String, Object>> enterprises, Map<String, Object> overrides, int daysAgo) {
        Map<String, Object> o = new HashMap<>(overrides);
        o.put("offeredOn", today().minusDays(daysAgo).toString());
        long id = offered(unionId, enterprises, o);
        post(id, "answer", Map.of("accepted", true, "answeredOn", today().minusDays(daysAgo - 1).toString())).then().statusCode(200);
        post(id, "rounds", round(5, 5, today().minusDays(daysAgo - 2))).then().statusCode(201);
        return id;
    }

    public static Map<String, Object> round(int union, int employer, LocalDate heldOn) {
        return Map.of("heldOn", heldOn.toString(), "unionNegotiators", union, "employerNegotiators", employer, "unionChief", "王主席",
                "employerChief", "李总经理", "minutes", "第一轮协商: 工资增长幅度");
    }

    public static Map<String, Object> vote(int representatives, int present, int inFavour) {
        return Map.of("representatives", representatives, "present", present, "inFavour", inFavour);
    }

    /** Signed {@code signedDaysAgo} days ago (offered 10 days before), not filed. */
    public static long signed(long unionId, List<Map<String, Object>> enterprises, Map<String, Object> overrides, int signedDaysAgo,
            int termMonths) {
        long id = negotiating(unionId, enterprises, overrides, signedDaysAgo + 10);
        post(id, "congress-votes", Map.of("heldOn", today().minusDays(signedDaysAgo + 1).toString(), "representatives", 30, "present", 25,
                "inFavour", 20)).then().statusCode(201);
        post(id, "signing", Map.of("signedOn", today().minusDays(signedDaysAgo).toString(), "termMonths", termMonths)).then().statusCode(200);
        return id;
    }

    /** In effect: signed {@code signedDaysAgo} days ago, filed the next day and approved the day after. */
    public static long effective(long unionId, List<Map<String, Object>> enterprises, Map<String, Object> overrides, int signedDaysAgo,
            int termMonths) {
        long id = signed(unionId, enterprises, overrides, signedDaysAgo, termMonths);
        post(id, "filing", Map.of("filedOn", today().minusDays(signedDaysAgo - 1).toString(), "bureau", "区人力社保局")).then().statusCode(200);
        post(id, "review", Map.of("outcome", "APPROVED", "reviewedOn", today().minusDays(signedDaysAgo - 2).toString()))
                .then().statusCode(200);
        return id;
    }
}
