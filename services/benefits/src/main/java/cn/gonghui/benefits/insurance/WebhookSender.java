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
import org.jboss.logging.Logger;

/**
 * Sends due webhook messages, signed (Standard Webhooks), one at a time per row lock so pods share the
 * work. A 2xx answer delivers the message; anything else is retried after 2^attempts seconds (at most an
 * hour apart) and given up after {@link #MAX_ATTEMPTS}, each attempt written to the delivery log.
 */
@ApplicationScoped
public class WebhookSender {

    static final int MAX_ATTEMPTS = 10;
    private static final Logger LOG = Logger.getLogger(WebhookSender.class);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "gonghui.webhooks.allow-private-hosts", defaultValue = "false")
    boolean allowPrivateHosts;

    @Scheduled(every = "${gonghui.webhooks.send-every:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sendDue() {
        for (int i = 0; i < 50; i++) {
            Boolean sent = QuarkusTransaction.requiringNew().call(this::sendOne);
            if (!Boolean.TRUE.equals(sent)) {
                return;
            }
        }
    }

    /** Sends the oldest due message, if any; true when there was one. */
    @SuppressWarnings("unchecked")
    boolean sendOne() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<WebhookDelivery> due = em.createNativeQuery("SELECT * FROM webhook_delivery WHERE delivered_at IS NULL AND failed_at IS NULL"
                        + " AND next_attempt_at <= :now ORDER BY next_attempt_at, id LIMIT 1 FOR UPDATE SKIP LOCKED", WebhookDelivery.class)
                .setParameter("now", now).getResultList();
        if (due.isEmpty()) {
            return false;
        }
        WebhookDelivery d = due.get(0);
        WebhookEndpoint endpoint = WebhookEndpoint.findById(d.insurerId);
        d.attempts++;
        if (endpoint == null) {
            d.failedAt = now;
            d.lastError = "the insurer has no webhook endpoint";
            return true;
        }
        java.util.Optional<String> refused = WebhookTargets.refusal(endpoint.url, allowPrivateHosts);
        if (refused.isPresent()) {
            d.failedAt = now;
            d.lastError = "the endpoint " + refused.get();
            return true;
        }
        long timestamp = now.toEpochSecond();
        String signature = WebhookSignature.sign(endpoint.secret, d.messageId, timestamp, d.payload);
        if (endpoint.previousSecret != null && endpoint.previousUntil != null && now.isBefore(endpoint.previousUntil)) {
            signature += " " + WebhookSignature.sign(endpoint.previousSecret, d.messageId, timestamp, d.payload);
        }
        try {
            HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(URI.create(endpoint.url)).timeout(Duration.ofSeconds(10))
                    .header("content-type", "application/json").header("webhook-id", d.messageId)
                    .header("webhook-timestamp", String.valueOf(timestamp)).header("webhook-signature", signature)
                    .POST(HttpRequest.BodyPublishers.ofString(d.payload)).build(), HttpResponse.BodyHandlers.discarding());
            d.lastStatus = response.statusCode();
            if (response.statusCode() / 100 == 2) {
                d.deliveredAt = now;
                d.lastError = null;
                return true;
            }
            d.lastError = "answered " + response.statusCode();
        } catch (Exception e) {
            d.lastStatus = null;
            d.lastError = e.getClass().getSimpleName() + ": " + e.getMessage();
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
        if (d.attempts >= MAX_ATTEMPTS) {
            d.failedAt = now;
            LOG.warnf("webhook %s to %s given up after %d attempts: %s", d.messageId, d.insurerId, d.attempts, d.lastError);
        } else {
            d.nextAttemptAt = now.plusSeconds(Math.min(3600, 1L << d.attempts));
        }
        return true;
    }
}
