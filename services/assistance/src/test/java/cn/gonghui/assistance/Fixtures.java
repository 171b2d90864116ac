package cn.gonghui.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.orgreplica.testkit.ReplicaOrg;
import cn.gonghui.testkit.Api;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
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

    public static RequestSpecification fundManager() {
        return Api.as(Api.tokens().mint("fund-manager-test", List.of("fund-manager"), Map.of()));
    }

    public static LocalDate today() {
        return LocalDate.now(TestClock.CLOCK);
    }

    /** A fund of the union holding {@code balanceFen} (拨入 from the union's budget). */
    public static long fund(long unionId, String kind, long balanceFen) {
        long fund = fundManager().body(Map.of("unionId", unionId, "name", "基金" + id(), "kind", kind,
                        "restriction", "助医", "openedOn", today().minusYears(1).toString()))
                .post("/api/v1/funds").then().statusCode(201).extract().jsonPath().getLong("id");
        if (balanceFen > 0) {
            fundManager().body(Map.of("amountFen", balanceFen, "purpose", "年度拨入"))
                    .post("/api/v1/funds/" + fund + "/income").then().statusCode(201);
        }
        return fund;
    }

    public static long fundBalance(long fundId) {
        return fundManager().get("/api/v1/funds/" + fundId).then().statusCode(200).extract().jsonPath().getLong("balanceFen");
    }

    /** A campaign open today, run by {@code unionId}; extra entries override the defaults. */
    public static long campaign(long unionId, Long fundId, Map<String, Object> overrides) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("unionId", unionId, "name", "送温暖" + id(), "kind", "WINTER_WARMTH",
                "help", fundId == null ? "IN_KIND" : "CASH", "eligibility", "ANY_WORKER", "minAmountFen", 50000,
                "budgetFen", 10_000_000, "opensOn", today().minusDays(30).toString(), "closesOn", today().plusDays(30).toString(),
                "noticeDays", 5));
        if (fundId != null) {
            body.put("fundId", fundId);
        }
        body.putAll(overrides);
        return Api.asAdmin().body(body).post("/api/v1/campaigns").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** An open hardship file of the union for a fresh person. */
    public static long hardshipFile(long unionId, String idNumber, String... causes) {
        return Api.asAdmin().body(Map.of("unionId", unionId, "name", "困难职工" + id(), "idNumber", idNumber, "householdSize", 3,
                        "monthlyIncomeFen", 120000, "causes", causes.length == 0 ? List.of("ILLNESS") : List.of(causes), "level", "GENERAL"))
                .post("/api/v1/hardship-files").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** A grant applied for the file's household and checked (VERIFIED). */
    public static long verifiedGrant(long campaignId, long fileId) {
        long grant = Api.asAdmin().body(Map.of("campaignId", campaignId, "fileId", fileId, "reason", "春节慰问"))
                .post("/api/v1/grants").then().statusCode(201).extract().jsonPath().getLong("id");
        Api.asAdmin().body(Map.of("findings", "入户核查属实")).post("/api/v1/grants/" + grant + "/verification").then().statusCode(200);
        return grant;
    }

    public static Response approve(long grantId) {
        return Api.asAdmin().body(Map.of("decisionRef", "帮扶审批会2026-" + grantId)).post("/api/v1/grants/" + grantId + "/approval");
    }

    public static Response disburse(long grantId, String reference) {
        return fundManager().body(Map.of("paymentReference", reference)).post("/api/v1/grants/" + grantId + "/disbursement");
    }

    public static void assertReconciled(long fundId) {
        var r = fundManager().get("/api/v1/funds/" + fundId + "/reconciliation").then().statusCode(200).extract().jsonPath();
        assertThat(r.getBoolean("reconciled")).as("fund %d reconciles: %s", fundId, r.prettify()).isTrue();
        assertThat(r.getLong("balanceFen")).isEqualTo(r.getLong("ledgerFen"));
    }
}
