package cn.gonghui.membership.api;

import static cn.gonghui.membership.Fixtures.tree;
import static cn.gonghui.testkit.Api.asAdmin;
import static cn.gonghui.testkit.Api.asOfficer;
import static cn.gonghui.testkit.TestIdentifiers.idNumber;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** A phone on a flaky network retries with the same Idempotency-Key and gets the first answer again. */
@QuarkusTest
class IdempotencyTest {

    @Test
    void sameKeySameBodyReplaysTheFirstResponse() {
        var t = tree();
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("name", "吴十", "idNumber", idNumber(), "unionId", t.enterpriseUnion());
        Response first = asOfficer(t.street()).header("Idempotency-Key", key).body(body).post("/api/v1/members");
        first.then().statusCode(201);
        Response again = asOfficer(t.street()).header("Idempotency-Key", key).body(body).post("/api/v1/members");
        again.then().statusCode(201).header("Idempotent-Replayed", "true")
                .header("Location", first.header("Location"))
                .body("id", equalTo(first.jsonPath().getInt("id")));
        assertThat(membersIn(t)).hasSize(1);
    }

    @Test
    void sameKeyOtherBodyIsAConflict() {
        var t = tree();
        String key = UUID.randomUUID().toString();
        asOfficer(t.street()).header("Idempotency-Key", key)
                .body(Map.of("name", "甲", "idNumber", idNumber(), "unionId", t.enterpriseUnion()))
                .post("/api/v1/members").then().statusCode(201);
        asOfficer(t.street()).header("Idempotency-Key", key)
                .body(Map.of("name", "乙", "idNumber", idNumber(), "unionId", t.enterpriseUnion()))
                .post("/api/v1/members").then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://gonghui.cn/problems/idempotency-key-reused"));
        assertThat(membersIn(t)).hasSize(1);
    }

    @Test
    void keysBelongToTheCaller() {
        var a = tree();
        var b = tree();
        String key = UUID.randomUUID().toString();
        asOfficer(a.street()).header("Idempotency-Key", key)
                .body(Map.of("name", "甲", "idNumber", idNumber(), "unionId", a.enterpriseUnion()))
                .post("/api/v1/members").then().statusCode(201);
        // another caller's identical key is a different key: no replay of someone else's response
        asOfficer(b.street()).header("Idempotency-Key", key)
                .body(Map.of("name", "甲", "idNumber", idNumber(), "unionId", b.enterpriseUnion()))
                .post("/api/v1/members").then().statusCode(201).header("Idempotent-Replayed", (String) null);
    }

    @Test
    void failedRequestsAreNotStored() {
        var t = tree();
        String key = UUID.randomUUID().toString();
        String id = idNumber();
        asOfficer(t.street()).header("Idempotency-Key", key)
                .body(Map.of("name", "", "idNumber", id, "unionId", t.enterpriseUnion()))
                .post("/api/v1/members").then().statusCode(400);
        // the corrected retry with a new body but the same key is not blocked by the failed attempt's key
        asOfficer(t.street()).header("Idempotency-Key", key)
                .body(Map.of("name", "丙", "idNumber", id, "unionId", t.enterpriseUnion()))
                .post("/api/v1/members").then().statusCode(201);
    }

    @Test
    void concurrentRequestsWithOneKeyCreateOneMemberAndNeverWait() throws Exception {
        var t = tree();
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("name", "并发", "idNumber", idNumber(), "unionId", t.enterpriseUnion());
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Response>> calls = List.of(1, 2, 3).stream().map(i -> CompletableFuture.supplyAsync(() -> {
            try {
                start.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return asAdmin().header("Idempotency-Key", key).body(body).post("/api/v1/members");
        })).toList();
        start.countDown();
        List<Response> responses = calls.stream().map(CompletableFuture::join).toList();
        // Stripe's semantics: the first runs; a duplicate arriving meanwhile gets 409 in-progress at once
        // (no connection held while it waits), one arriving after it gets the first response replayed
        assertThat(responses).filteredOn(r -> r.statusCode() == 201 && r.header("Idempotent-Replayed") == null).hasSize(1);
        assertThat(responses).allSatisfy(r -> assertThat(r.statusCode()).isIn(201, 409));
        assertThat(responses).filteredOn(r -> r.statusCode() == 409)
                .allSatisfy(r -> assertThat(r.jsonPath().getString("type")).endsWith("/idempotency-key-in-progress"));
        assertThat(responses.stream().filter(r -> r.statusCode() == 201).map(r -> r.jsonPath().getLong("id")).distinct()).hasSize(1);
        assertThat(membersIn(t)).hasSize(1);
    }

    @Test
    void malformedKeyNamesTheHeader() {
        var t = tree();
        asAdmin().header("Idempotency-Key", "x".repeat(300))
                .body(Map.of("name", "甲", "idNumber", idNumber(), "unionId", t.enterpriseUnion()))
                .post("/api/v1/members").then().statusCode(400).body("errors[0].field", equalTo("Idempotency-Key"));
    }

    private static List<Object> membersIn(cn.gonghui.membership.Fixtures.Tree t) {
        return asAdmin().queryParam("unionId", t.enterpriseUnion()).get("/api/v1/members").then().statusCode(200)
                .extract().jsonPath().getList("items");
    }
}
