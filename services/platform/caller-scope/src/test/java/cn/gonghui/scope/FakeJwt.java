package cn.gonghui.scope;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** A verified token reduced to its claims; the interface's defaults read sub, groups, ... from them. */
final class FakeJwt implements JsonWebToken {

    private final Map<String, Object> claims = new HashMap<>();

    static FakeJwt subject(String subject, String... groups) {
        FakeJwt jwt = new FakeJwt();
        jwt.claims.put("sub", subject);
        jwt.claims.put("upn", subject);
        jwt.claims.put("groups", Set.of(groups));
        return jwt;
    }

    FakeJwt with(String claim, Object value) {
        claims.put(claim, value);
        return this;
    }

    Caller caller() {
        Caller caller = new Caller();
        caller.jwt = this;
        return caller;
    }

    @Override
    public String getName() {
        return (String) claims.get("upn");
    }

    @Override
    public Set<String> getClaimNames() {
        return claims.keySet();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getClaim(String claimName) {
        return (T) claims.get(claimName);
    }
}
