package cn.gonghui.membership.member;

import cn.gonghui.identifiers.ResidentIdNumber;
import cn.gonghui.problems.ProblemException;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * 实名认证: who the caller really is, as the identity provider verified it. After its real-name check
 * (e.g. the government eID or the mini-program's verified identity) the provider puts the claim
 * {@value #CLAIM} into the access token: base64url(HMAC-SHA256(key, normalised ID number)), with a key it
 * shares with membership alone ({@code gonghui.members.real-name-key}), so the token never carries the
 * number itself and nobody without the key can compute the claim for a number they guess. Membership
 * trusts a person's own ID number only when the claim matches it (docs/security.md, "Real-name claim").
 * Without the key configured, nobody is taken as verified.
 */
@ApplicationScoped
@Startup
public class RealNameIdentity {

    public static final String CLAIM = "realNameIdHash";

    private final Optional<SecretKeySpec> key;

    @Inject
    JsonWebToken jwt;

    RealNameIdentity(@ConfigProperty(name = "gonghui.members.real-name-key") Optional<String> base64Key) {
        this.key = base64Key.filter(k -> !k.isBlank()).map(k -> {
            byte[] bytes = Base64.getDecoder().decode(k.strip());
            if (bytes.length < 32) {
                throw new IllegalStateException("gonghui.members.real-name-key must be at least 256 bits");
            }
            return new SecretKeySpec(bytes, "HmacSHA256");
        });
    }

    /** Whether real-name verification is set up here at all. */
    public boolean configured() {
        return key.isPresent();
    }

    /** Whether the caller's token says, verified by the provider, that they are the person with this ID number. */
    public boolean isCallerThePersonWith(String idNumber) {
        Object claim = jwt.getClaim(CLAIM);
        String value = claim instanceof jakarta.json.JsonString s ? s.getString() : claim instanceof String s ? s : null;
        if (value == null || key.isEmpty() || idNumber == null) {
            return false;
        }
        return MessageDigest.isEqual(value.getBytes(StandardCharsets.US_ASCII),
                claimFor(idNumber).getBytes(StandardCharsets.US_ASCII));
    }

    /** 403 unless the caller is verifiably the person with this ID number. */
    public void requireCallerIs(String idNumber) {
        if (key.isEmpty()) {
            throw ProblemException.forbidden("applying from the app needs real-name verification, which is not set up; ask your union");
        }
        if (!isCallerThePersonWith(idNumber)) {
            throw ProblemException.forbidden("you can apply only in your own name: idNumber must be the one your real-name verification holds");
        }
    }

    /** The claim value for an ID number: what the identity provider computes (tests compute it the same way). */
    public String claimFor(String idNumber) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key.orElseThrow(() -> new IllegalStateException("gonghui.members.real-name-key is not set")));
            byte[] digest = mac.doFinal(ResidentIdNumber.normalize(idNumber).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
