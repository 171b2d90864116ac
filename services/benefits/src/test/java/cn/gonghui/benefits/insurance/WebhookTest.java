package cn.gonghui.benefits.insurance;

import static cn.gonghui.benefits.insurance.InsuranceFixtures.enrol;
import static cn.gonghui.benefits.insurance.InsuranceFixtures.insurer;
import static cn.gonghui.benefits.insurance.InsuranceFixtures.planWithPeriod;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.benefits.Fixtures;
import cn.gonghui.benefits.TestClock;
import cn.gonghui.testkit.Eventually;
import cn.gonghui.testkit.OrgTree;
import cn.gonghui.testkit.StubServer;
import com.sun.net.httpserver.HttpServer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Webhooks to a real HTTP receiver that checks signatures the way an insurer's engineer would (Standard
 * Webhooks): delivered signed, refused when tampered with, retried after the receiver fails, and signed
 * with both secrets while a rotation overlaps.
 */
@QuarkusTest
class WebhookTest {

    record Received(String id, String timestamp, String signature, String body) {
    }

    @Inject
    EntityManager em;

    HttpServer receiver;
    final List<Received> received = new CopyOnWriteArrayList<>();
    final AtomicInteger failuresLeft = new AtomicInteger();
    final CountDownLatch slowArrived = new CountDownLatch(1);
    final CountDownLatch slowRelease = new CountDownLatch(1);

    @BeforeEach
    void start() {
        receiver = StubServer.start(Map.of(
                "/hooks", exchange -> {
                    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                    int status = failuresLeft.getAndDecrement() > 0 ? 503 : 204;
                    if (status == 204) {
                        received.add(new Received(exchange.getRequestHeaders().getFirst("webhook-id"),
                                exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                                exchange.getRequestHeaders().getFirst("webhook-signature"), body));
                    }
                    exchange.sendResponseHeaders(status, -1);
                    exchange.close();
                },
                // a receiver that takes its time: it answers once the test lets it
                "/slow", exchange -> {
                    exchange.getRequestBody().readAllBytes();
                    slowArrived.countDown();
                    try {
                        slowRelease.await(20, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    exchange.sendResponseHeaders(204, -1);
                    exchange.close();
                }));
    }

    @AfterEach
    void stop() {
        slowRelease.countDown();
        receiver.stop(0);
        TestClock.CLOCK.reset();
    }

    /** What an insurer's receiver does: any v1 signature under the secret over id.timestamp.body. */
    static boolean verifies(String secret, Received r) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        byte[] expected = mac.doFinal((r.id() + "." + r.timestamp() + "." + r.body()).getBytes(StandardCharsets.UTF_8));
        for (String part : r.signature().split(" ")) {
            if (part.startsWith("v1,") && MessageDigest.isEqual(Base64.getDecoder().decode(part.substring(3)), expected)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void enrolmentChangesArriveSignedAndATamperedMessageDoesNotVerify() throws Exception {
        OrgTree.Tree tree = Fixtures.tree();
        String insurerId = "hook-" + tree.district() % 1_000_000;
        String secret = insurer(insurerId).body(Map.of("url", "http://localhost:" + receiver.getAddress().getPort() + "/hooks"))
                .put("/api/v1/insurer/webhook").then().statusCode(200).extract().jsonPath().getString("secret");
        assertThat(secret).startsWith("whsec_");
        long[] plan = planWithPeriod(tree.district(), insurerId, "FIRE", false);
        long enrolment = enrol(plan[1], Fixtures.member(tree.enterpriseUnion()));
        Eventually.await(Duration.ofSeconds(30), "the receiver got the message", () -> !received.isEmpty());
        Received r = received.get(0);
        assertThat(r.body()).contains("\"enrolmentId\":" + enrolment).contains("ADDED");
        assertThat(verifies(secret, r)).isTrue();
        assertThat(verifies(secret, new Received(r.id(), r.timestamp(), r.signature(), r.body().replace("ADDED", "REMOVED")))).isFalse();
        assertThat(verifies(secret, new Received(r.id(), String.valueOf(Long.parseLong(r.timestamp()) + 1), r.signature(), r.body()))).isFalse();
        // the receiver has it before the sender has written down its answer: wait for the log to say delivered
        Eventually.await(Duration.ofSeconds(30), "the delivery log shows it delivered", () -> insurer(insurerId)
                .get("/api/v1/insurer/webhook/deliveries").then().statusCode(200).extract().jsonPath().getString("items[0].deliveredAt") != null);
        insurer(insurerId).get("/api/v1/insurer/webhook/deliveries").then().statusCode(200)
                .body("items[0].messageId", org.hamcrest.Matchers.equalTo(r.id()), "items[0].attempts", org.hamcrest.Matchers.equalTo(1));
        insurer("else-" + insurerId).get("/api/v1/insurer/webhook/deliveries").then().statusCode(200)
                .body("items.size()", org.hamcrest.Matchers.equalTo(0));
    }

    @Test
    void aFailingReceiverGetsTheSameMessageAgainUntilItTakesIt() {
        OrgTree.Tree tree = Fixtures.tree();
        String insurerId = "retry-" + tree.district() % 1_000_000;
        insurer(insurerId).body(Map.of("url", "http://localhost:" + receiver.getAddress().getPort() + "/hooks")).put("/api/v1/insurer/webhook")
                .then().statusCode(200);
        failuresLeft.set(2);
        long[] plan = planWithPeriod(tree.district(), insurerId, "FIRE", false);
        enrol(plan[1], Fixtures.member(tree.enterpriseUnion()));
        // each poll moves the service's clock on, so the backoff (2 s, 4 s) passes without waiting for it
        Eventually.await(Duration.ofSeconds(30), "delivered after two failures", () -> {
            TestClock.CLOCK.advanceSeconds(5);
            return !received.isEmpty();
        });
        Eventually.await(Duration.ofSeconds(30), "the delivery log shows it delivered", () -> insurer(insurerId)
                .get("/api/v1/insurer/webhook/deliveries").then().statusCode(200).extract().jsonPath().getString("items[0].deliveredAt") != null);
        var log = insurer(insurerId).get("/api/v1/insurer/webhook/deliveries").then().statusCode(200).extract().jsonPath();
        assertThat(log.getInt("items[0].attempts")).isEqualTo(3);
        assertThat(received).hasSize(1);
    }

    @Test
    void duringARotationMessagesCarrySignaturesUnderBothSecrets() throws Exception {
        OrgTree.Tree tree = Fixtures.tree();
        String insurerId = "rot-" + tree.district() % 1_000_000;
        String old = insurer(insurerId).body(Map.of("url", "http://localhost:" + receiver.getAddress().getPort() + "/hooks"))
                .put("/api/v1/insurer/webhook").then().statusCode(200).extract().jsonPath().getString("secret");
        String fresh = insurer(insurerId).post("/api/v1/insurer/webhook/rotation").then().statusCode(200).extract().jsonPath().getString("secret");
        assertThat(fresh).isNotEqualTo(old);
        long[] plan = planWithPeriod(tree.district(), insurerId, "FIRE", false);
        enrol(plan[1], Fixtures.member(tree.enterpriseUnion()));
        Eventually.await(Duration.ofSeconds(30), "the receiver got the message", () -> !received.isEmpty());
        assertThat(verifies(old, received.get(0))).isTrue();
        assertThat(verifies(fresh, received.get(0))).isTrue();
    }

    @Test
    void aSlowReceiverHoldsNoLockOnTheMessageWhileItIsCalled() throws Exception {
        OrgTree.Tree tree = Fixtures.tree();
        String insurerId = "slow-" + tree.district() % 1_000_000;
        insurer(insurerId).body(Map.of("url", "http://localhost:" + receiver.getAddress().getPort() + "/slow")).put("/api/v1/insurer/webhook")
                .then().statusCode(200);
        long[] plan = planWithPeriod(tree.district(), insurerId, "FIRE", false);
        enrol(plan[1], Fixtures.member(tree.enterpriseUnion()));
        assertThat(slowArrived.await(30, TimeUnit.SECONDS)).as("the receiver was called").isTrue();
        // while the call is under way, the message's row can be locked at once (the attempt is counted, the lease set)
        Object attempts = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "SELECT attempts FROM webhook_delivery WHERE insurer_id = :insurer FOR UPDATE NOWAIT")
                .setParameter("insurer", insurerId).getSingleResult());
        assertThat(((Number) attempts).intValue()).isEqualTo(1);
        slowRelease.countDown();
        Eventually.await(Duration.ofSeconds(30), "the delivery log shows it delivered", () -> insurer(insurerId)
                .get("/api/v1/insurer/webhook/deliveries").then().statusCode(200).extract().jsonPath().getString("items[0].deliveredAt") != null);
        assertThat(insurer(insurerId).get("/api/v1/insurer/webhook/deliveries").jsonPath().getInt("items[0].attempts")).isEqualTo(1);
    }
}
