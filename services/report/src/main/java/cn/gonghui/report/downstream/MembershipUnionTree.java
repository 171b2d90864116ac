package cn.gonghui.report.downstream;

import cn.gonghui.problems.ProblemException;
import cn.gonghui.problems.ProblemType;
import cn.gonghui.scope.UnionTree;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The union tree as membership shows it to the caller: the report keeps no replica of its own, so it asks
 * membership ({@code GET /api/v1/unions/{id}}) with the caller's token, once per union and request. A
 * union membership will not show the caller has no path. When membership cannot be reached the scope
 * cannot be checked, and the request gets a 503 problem rather than a guess.
 */
@RequestScoped
public class MembershipUnionTree implements UnionTree {

    @Inject
    Downstream downstream;

    @Inject
    JsonWebToken jwt;

    private final Map<Long, Reply> seen = new HashMap<>();

    /** The caller's own Authorization header, as every downstream call carries it. */
    public String authorization() {
        return "Bearer " + jwt.getRawToken();
    }

    /** Membership's answer for the union (its {@code UnionView}), or why there is none. */
    public Reply view(long unionId) {
        return seen.computeIfAbsent(unionId, id -> downstream.union(id, authorization()));
    }

    @Override
    public Optional<String> pathOf(long unionId) {
        return union(unionId).map(u -> u.path("path").asText(null));
    }

    @Override
    public Optional<String> activePathOf(long unionId) {
        return union(unionId).filter(u -> !"DISSOLVED".equals(u.path("status").asText())).map(u -> u.path("path").asText(null));
    }

    private Optional<JsonNode> union(long unionId) {
        Reply reply = view(unionId);
        if (reply instanceof Reply.Answer answer) {
            return Optional.of(answer.body());
        }
        Reply.Missing missing = (Reply.Missing) reply;
        if (missing.reason() == Reply.Reason.REFUSED) {
            return Optional.empty();
        }
        throw new ProblemException(ProblemType.UNAVAILABLE,
                "membership cannot be reached to check which unions you may report on (" + missing.reason().id() + "); retry shortly");
    }
}
