package cn.gonghui.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.orgreplica.ReplicaEnterprise;
import cn.gonghui.orgreplica.ReplicaMember;
import cn.gonghui.orgreplica.ReplicaUnion;
import cn.gonghui.testkit.Api;
import cn.gonghui.testkit.Eventually;
import cn.gonghui.testkit.OrgTree;
import cn.gonghui.testkit.TestIdentifiers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Test data made the way the service meets it: the organisation from membership's events on the real
 * broker (waiting until the replica has it), everything else through the API.
 */
public final class Fixtures {

    private static OrgTree org;

    private Fixtures() {
    }

    public static synchronized OrgTree org() {
        if (org == null) {
            org = OrgTree.on(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        }
        return org;
    }

    /** A district → street → enterprise union tree the replica knows. */
    public static OrgTree.Tree tree() {
        OrgTree.Tree t = org().tree();
        awaitReplica(() -> ReplicaUnion.findById(t.enterpriseUnion()) != null);
        return t;
    }

    /** A second street with its own enterprise union under the same district. */
    public static long union(long parent, String kind) {
        long id = org().union(parent, kind, "工会" + id());
        awaitReplica(() -> ReplicaUnion.findById(id) != null);
        return id;
    }

    public static long enterprise(long unionId) {
        long id = org().enterprise(unionId);
        awaitReplica(() -> ReplicaEnterprise.findById(id) != null);
        return id;
    }

    public static long member(long unionId) {
        long id = org().member(unionId);
        awaitReplica(() -> ReplicaMember.findById(id) != null);
        return id;
    }

    public static void awaitReplica(Supplier<Boolean> known) {
        Eventually.await(Duration.ofSeconds(30), "the replica has the organisation",
                () -> QuarkusTransaction.requiringNew().call(known::get));
    }

    public static long id() {
        return TestIdentifiers.unique();
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
