package cn.gonghui.benefits.card;

import cn.gonghui.personaldata.PersonalDataCipher;
import cn.gonghui.problems.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * The QR code on a member's phone: {@code <cardId>.<expiresEpochMilli>.<nonce>.<signature>}, signed with
 * an HMAC keyed for this purpose from the service's hash key, valid for 60 seconds and once. It names a
 * card, not a person: a merchant who scans it learns only whether the card is valid for an offer.
 */
@ApplicationScoped
public class QrTokens {

    public static final Duration LIFETIME = Duration.ofSeconds(60);
    static final String PURPOSE = "benefits.card-qr";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    /** A token that checked out: its card, its single-use nonce and when it stops being valid. */
    public record Verified(long cardId, String nonce, Instant expiresAt) {
    }

    /** What the phone shows. */
    public record Issued(String token, Instant expiresAt) {
    }

    @Inject
    PersonalDataCipher cipher;

    @Inject
    Clock clock;

    @Inject
    jakarta.persistence.EntityManager em;

    /** Used tokens are kept only until they expire: after that they are refused as expired anyway. */
    @io.quarkus.scheduler.Scheduled(every = "1h", concurrentExecution = io.quarkus.scheduler.Scheduled.ConcurrentExecution.SKIP)
    @jakarta.transaction.Transactional
    void forgetExpired() {
        em.createNativeQuery("DELETE FROM used_token WHERE expires_at < :now")
                .setParameter("now", java.time.OffsetDateTime.now(clock)).executeUpdate();
    }

    public Issued issue(long cardId) {
        byte[] nonce = new byte[16];
        RANDOM.nextBytes(nonce);
        Instant expires = clock.instant().plus(LIFETIME);
        String payload = cardId + "." + expires.toEpochMilli() + "." + B64.encodeToString(nonce);
        return new Issued(payload + "." + sign(payload), Instant.ofEpochMilli(expires.toEpochMilli()));
    }

    /** The token's card when it is genuine and not expired; a 400 naming {@code field} otherwise. */
    public Verified verify(String token, String field) {
        String[] parts = token == null ? new String[0] : token.split("\\.");
        if (parts.length != 4) {
            throw ProblemException.invalid(field, "is not a member-card QR token");
        }
        String payload = parts[0] + "." + parts[1] + "." + parts[2];
        if (!MessageDigest.isEqual(sign(payload).getBytes(StandardCharsets.US_ASCII), parts[3].getBytes(StandardCharsets.US_ASCII))) {
            throw ProblemException.invalid(field, "is not a member-card QR token");
        }
        long cardId;
        Instant expires;
        try {
            cardId = Long.parseLong(parts[0]);
            expires = Instant.ofEpochMilli(Long.parseLong(parts[1]));
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(field, "is not a member-card QR token");
        }
        if (!clock.instant().isBefore(expires)) {
            throw ProblemException.invalid(field, "has expired; ask the member to refresh the QR code");
        }
        return new Verified(cardId, parts[2], expires);
    }

    private String sign(String payload) {
        return B64.encodeToString(cipher.keyedDigest(PURPOSE).doFinal(payload.getBytes(StandardCharsets.UTF_8)));
    }
}
