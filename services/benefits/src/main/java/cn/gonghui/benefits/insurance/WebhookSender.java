package cn.gonghui.benefits.insurance;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Sends due webhook messages, signed (Standard Webhooks). A message is claimed in a short transaction (row
 * lock, SKIP LOCKED, so pods share the work) that moves its next attempt a lease ahead; the call is made with
 * no transaction and no lock held; its answer is written in another short transaction. A pod that dies during
 * the call leaves the message to be sent again when the lease runs out (receivers deduplicate on webhook-id).
 * A 2xx answer delivers the message; anything else is retried after 2^attempts seconds (at most an hour apart)
 * and given up after {@link #MAX_ATTEMPTS}, each attempt written to the delivery log.
 */
@ApplicationScoped
public class WebhookSender {

    static final int MAX_ATTEMPTS = 10;
    static final Duration CALL_TIMEOUT = Duration.ofSeconds(10);
    /** Longer than a call can take (connect + answer), so a live sender is never overtaken by another. */
    static final Duration LEASE = Duration.ofSeconds(60);
    private static final Logger LOG = Logger.getLogger(WebhookSender.class);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "gonghui.webhooks.allow-private-hosts", defaultValue = "false")
    boolean allowPrivateHosts;

    /** A message claimed for one attempt, with what the call needs; no entity, since the call runs outside any transaction. */
    record Attempt(long id, String messageId, String insurerId, String url, String payload, String signature, long timestamp, int attempts) {
    }

    /** What the receiver answered: its status, or the error when there was no answer. */
    record Answer(Integer status, String error) {
    }

    @Scheduled(every = "${gonghui.webhooks.send-every:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sendDue() {
        for (int i = 0; i < 50; i++) {
            Optional<Attempt> attempt = QuarkusTransaction.requiringNew().call(this::claim);
            if (attempt.isEmpty()) {
                return;
            }
            Answer answer = call(attempt.get());
            QuarkusTransaction.requiringNew().run(() -> record(attempt.get(), answer));
        }
    }

    /**
     * Claims the oldest due message that can be sent, its next try moved a lease ahead; empty when none is due.
     * A message whose insurer has no endpoint, or one refused, is given up on the way.
     */
    @SuppressWarnings("unchecked")
    Optional<Attempt> claim() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        WebhookDelivery d;
        WebhookEndpoint endpoint;
        while (true) {
            List<WebhookDelivery> due = em.createNativeQuery("SELECT * FROM webhook_delivery WHERE delivered_at IS NULL AND failed_at IS NULL"
                            + " AND next_attempt_at <= :now ORDER BY next_attempt_at, id LIMIT 1 FOR UPDATE SKIP LOCKED", WebhookDelivery.class)
                    .setParameter("now", now).getResultList();
            if (due.isEmpty()) {
                return Optional.empty();
            }
            d = due.get(0);
            d.attempts++;
            endpoint = WebhookEndpoint.findById(d.insurerId);
            Optional<String> refused = endpoint == null ? Optional.of("is not set: the insurer has no webhook endpoint")
                    : WebhookTargets.refusal(endpoint.url, allowPrivateHosts);
            if (refused.isEmpty()) {
                break;
            }
            d.failedAt = now;
            d.lastError = "the endpoint " + refused.get();
            em.flush();
        }
        long timestamp = now.toEpochSecond();
        String signature = WebhookSignature.sign(endpoint.secret, d.messageId, timestamp, d.payload);
        if (endpoint.previousSecret != null && endpoint.previousUntil != null && now.isBefore(endpoint.previousUntil)) {
            signature += " " + WebhookSignature.sign(endpoint.previousSecret, d.messageId, timestamp, d.payload);
        }
        d.nextAttemptAt = now.plus(LEASE);
        return Optional.of(new Attempt(d.id, d.messageId, d.insurerId, endpoint.url, d.payload, signature, timestamp, d.attempts));
    }

    private static Answer call(Attempt a) {
        try {
            HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(URI.create(a.url())).timeout(CALL_TIMEOUT)
                    .header("content-type", "application/json").header("webhook-id", a.messageId())
                    .header("webhook-timestamp", String.valueOf(a.timestamp())).header("webhook-signature", a.signature())
                    .POST(HttpRequest.BodyPublishers.ofString(a.payload())).build(), HttpResponse.BodyHandlers.discarding());
            return new Answer(response.statusCode(), response.statusCode() / 100 == 2 ? null : "answered " + response.statusCode());
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return new Answer(null, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** Writes the attempt's answer: delivered, or the next try after a backoff, or given up. */
    void record(Attempt a, Answer answer) {
        WebhookDelivery d = em.find(WebhookDelivery.class, a.id(), jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (d.deliveredAt != null || d.failedAt != null || d.attempts != a.attempts()) {
            return; // settled, or tried again after the lease ran out: that attempt's answer is the one to keep
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        d.lastStatus = answer.status();
        d.lastError = answer.error();
        if (answer.error() == null) {
            d.deliveredAt = now;
        } else if (d.attempts >= MAX_ATTEMPTS) {
            d.failedAt = now;
            LOG.warnf("webhook %s to %s given up after %d attempts: %s", d.messageId, d.insurerId, d.attempts, d.lastError);
        } else {
            d.nextAttemptAt = now.plusSeconds(Math.min(3600, 1L << d.attempts));
        }
    }
}
