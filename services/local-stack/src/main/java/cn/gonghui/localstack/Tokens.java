package cn.gonghui.localstack;

import java.security.PrivateKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;

/** Mints RS256 JWTs the way the production OIDC provider would, with the dev keys. */
public final class Tokens {

    public static final String ISSUER = "https://gonghui.local/issuer";

    /** Each service accepts only tokens issued for it (mp.jwt.verify.audiences); a local token is for all of them. */
    public static final List<String> AUDIENCES = List.of("membership", "bargaining", "mediation", "assistance", "benefits", "report");

    private final PrivateKey key;

    public Tokens(PrivateKey key) {
        this.key = key;
    }

    public String districtAdmin() {
        return mint("admin-1", List.of("district-admin"), Map.of());
    }

    public String officer(long unionId) {
        return mint("officer-of-" + unionId, List.of("officer"), Map.of("unionId", unionId));
    }

    public String member(long memberId) {
        return mint("member-" + memberId, List.of("member"), Map.of("memberId", memberId));
    }

    /** A Gonghui service's own token (role service), e.g. for membership's person registry. */
    public String service(String name) {
        return mint(name, List.of("service"), Map.of());
    }

    public String partner(String role, String partnerId) {
        return mint(role + "-" + partnerId, List.of(role), Map.of("partnerId", partnerId));
    }

    public String mint(String subject, List<String> roles, Map<String, Object> claims) {
        try {
            JwtClaims c = new JwtClaims();
            c.setIssuer(ISSUER);
            c.setSubject(subject);
            c.setAudience(AUDIENCES);
            c.setClaim("upn", subject);
            c.setIssuedAtToNow();
            c.setExpirationTimeMinutesInTheFuture(12 * 60);
            c.setGeneratedJwtId();
            c.setStringListClaim("groups", roles);
            new LinkedHashMap<>(claims).forEach(c::setClaim);
            JsonWebSignature jws = new JsonWebSignature();
            jws.setPayload(c.toJson());
            jws.setKey(key);
            jws.setKeyIdHeaderValue("local");
            jws.setHeader("typ", "JWT");
            jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
            return jws.getCompactSerialization();
        } catch (Exception e) {
            throw new IllegalStateException("cannot sign token", e);
        }
    }
}
