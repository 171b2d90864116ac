package cn.gonghui.idempotency;

import static cn.gonghui.testkit.Api.as;
import static cn.gonghui.testkit.Api.asOfficer;
import static cn.gonghui.testkit.Api.tokens;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** The Idempotency-Key interceptor on its own, with a real database and real tokens (Stripe's semantics). */
@QuarkusTest
class IdempotencyTest {

    @Inject
    AgroalDataSource db;

    @Test
    void aRetryWithTheSameKeyAndBodyGetsTheFirstAnswerAndNothingRunsTwice() {
        String key = UUID.randomUUID().toString();
        int before = IdempotencyTestApp.EFFECTS.get();
        Response first = asOfficer(7).header("Idempotency-Key", key).body(Map.of("name", "甲")).post("/test/things");
        first.then().statusCode(201);
        asOfficer(7).header("Idempotency-Key", key).body(Map.of("name", "甲")).post("/test/things").then().statusCode(201)
                .header("Idempotent-Replayed", "true").header("Location", first.header("Location"))
                .body("number", equalTo(first.jsonPath().getInt("number")));
        assertThat(IdempotencyTestApp.EFFECTS.get()).isEqualTo(before + 1);
    }

    @Test
    void theSameKeyWithAnotherBodyIsAConflict() {
        String key = UUID.randomUUID().toString();
        asOfficer(7).header("Idempotency-Key", key).body(Map.of("name", "甲")).post("/test/things").then().statusCode(201);
        asOfficer(7).header("Idempotency-Key", key).body(Map.of("name", "乙")).post("/test/things").then().statusCode(409)
                .body("type", equalTo("https://gonghui.cn/problems/idempotency-key-reused"));
    }

    @Test
    void aKeyBelongsToTheCallerAndTheUnionTheyActFor() {
        String key = UUID.randomUUID().toString();
        int before = IdempotencyTestApp.EFFECTS.get();
        asOfficer(7).header("Idempotency-Key", key).body(Map.of("name", "甲")).post("/test/things").then().statusCode(201);
        as(tokens().mint("officer-of-7", List.of("officer"), Map.of("unionId", 8L))).header("Idempotency-Key", key)
                .body(Map.of("name", "甲")).post("/test/things").then().statusCode(201);
        as(tokens().mint("someone-else", List.of("officer"), Map.of("unionId", 7L))).header("Idempotency-Key", key)
                .body(Map.of("name", "甲")).post("/test/things").then().statusCode(201);
        assertThat(IdempotencyTestApp.EFFECTS.get()).as("three owners, three effects").isEqualTo(before + 3);
    }

    @Test
    void concurrentRequestsWithOneKeyHaveOneEffectAndNoneWaits() {
        String key = UUID.randomUUID().toString();
        int before = IdempotencyTestApp.EFFECTS.get();
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Response>> calls = List.of(1, 2, 3, 4).stream().map(i -> CompletableFuture.supplyAsync(() -> {
            try {
                start.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return asOfficer(7).header("Idempotency-Key", key).body(Map.of("name", "并发")).post("/test/things");
        })).toList();
        start.countDown();
        List<Response> responses = calls.stream().map(CompletableFuture::join).toList();
        assertThat(responses).allSatisfy(r -> assertThat(r.statusCode()).isIn(201, 409));
        assertThat(responses).filteredOn(r -> r.statusCode() == 201 && r.header("Idempotent-Replayed") == null).hasSize(1);
        assertThat(IdempotencyTestApp.EFFECTS.get()).isEqualTo(before + 1);
    }

    /** The first request still runs (its claim is held open here): a duplicate answers 409 at once. */
    @Test
    void aDuplicateOfARunningRequestAnswers409InProgressAtOnce() throws Exception {
        String key = UUID.randomUUID().toString();
        // warm the path first, so the time measured below is the lock wait and not a cold start on a busy machine
        asOfficer(7).header("Idempotency-Key", UUID.randomUUID().toString()).body(Map.of("name", "热身")).post("/test/things")
                .then().statusCode(201);
        try (Connection first = db.getConnection()) {
            first.setAutoCommit(false);
            try (PreparedStatement claim = first.prepareStatement(
                    "INSERT INTO idempotency_key (owner, key, request_hash) VALUES ('officer-of-7@union/7', ?, 'running')")) {
                claim.setString(1, key);
                claim.executeUpdate();
            }
            long started = System.nanoTime();
            asOfficer(7).header("Idempotency-Key", key).body(Map.of("name", "甲")).post("/test/things").then().statusCode(409)
                    .body("type", equalTo("https://gonghui.cn/problems/idempotency-key-in-progress"));
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
            first.rollback();
        }
    }
}
