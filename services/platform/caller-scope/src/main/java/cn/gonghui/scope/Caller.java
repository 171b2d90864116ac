package cn.gonghui.scope;

import cn.gonghui.problems.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The verified caller of this request: subject, roles and the claims that bind them to unions, members or partners. */
@RequestScoped
public class Caller {

    @Inject
    JsonWebToken jwt;

    public String subject() {
        return jwt.getSubject() == null ? jwt.getName() : jwt.getSubject();
    }

    public Set<String> roles() {
        return jwt.getGroups() == null ? Set.of() : jwt.getGroups();
    }

    public boolean is(String role) {
        return roles().contains(role);
    }

    /** The union an officer acts for ({@code unionId} claim). */
    public Optional<Long> unionId() {
        return longClaim("unionId");
    }

    /** The member a member token belongs to ({@code memberId} claim). */
    public Optional<Long> memberId() {
        return longClaim("memberId");
    }

    /** The partner organisation of an insurer or merchant token ({@code partnerId} claim). */
    public Optional<String> partnerId() {
        Object value = jwt.getClaim("partnerId");
        if (value instanceof JsonString s) {
            return Optional.of(s.getString());
        }
        return Optional.ofNullable(value).map(Object::toString);
    }

    /**
     * The union asked for, or an officer's own when left out; anyone else must name one (400 naming
     * {@code unionId}, "is required: name the union {@code whose}").
     */
    public long unionOrOwn(Long unionId, String whose) {
        if (unionId != null) {
            return unionId;
        }
        if (!is(Roles.OFFICER)) {
            throw ProblemException.invalid("unionId", "is required: name the union " + whose);
        }
        return unionId().orElseThrow(() -> ProblemException.forbidden("the officer token has no unionId claim"));
    }

    public long requireMemberId() {
        return memberId().orElseThrow(() -> ProblemException.forbidden("the token has no memberId claim"));
    }

    private Optional<Long> longClaim(String name) {
        Object value = jwt.getClaim(name);
        if (value instanceof JsonNumber n) {
            return Optional.of(n.longValue());
        }
        if (value instanceof Number n) {
            return Optional.of(n.longValue());
        }
        if (value instanceof JsonString s) {
            return parse(s.getString());
        }
        if (value instanceof String s) {
            return parse(s);
        }
        return Optional.empty();
    }

    private static Optional<Long> parse(String s) {
        try {
            return Optional.of(Long.parseLong(s));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
