package cn.gonghui.mediation.org;

import cn.gonghui.orgreplica.ReplicaUnion;
import cn.gonghui.problems.ProblemException;
import cn.gonghui.scope.UnionScope;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Which unions the caller reaches in this service, from the organisation replica: a district admin the
 * whole district, an officer their union's subtree, anyone else none (a mediator reaches cases through
 * their centres, see {@code CaseAccess}).
 */
@RequestScoped
public class Unions {

    @Inject
    UnionScope scope;

    /** The path prefix the caller is confined to; empty means the whole district. */
    public Optional<String> prefix() {
        return scope.subtreePrefix();
    }

    public boolean reaches(long unionId) {
        ReplicaUnion union = ReplicaUnion.findById(unionId);
        return union != null && union.path.startsWith(prefix().orElse("/"));
    }

    /** The subtree to list: the given union's (when the caller reaches it) or the caller's own. */
    public String listPath(Long unionId) {
        if (unionId == null) {
            return prefix().orElse("/");
        }
        ReplicaUnion union = ReplicaUnion.findById(unionId);
        if (union == null || !union.path.startsWith(prefix().orElse("/"))) {
            throw ProblemException.invalid("unionId", "union " + unionId + " does not exist or is outside your scope");
        }
        return union.path;
    }

    /** An active union the caller reaches, or a 400 naming the field that pointed at it. */
    public ReplicaUnion activeInScope(long unionId, String field) {
        ReplicaUnion union = ReplicaUnion.findById(unionId);
        if (union == null || !union.path.startsWith(prefix().orElse("/"))) {
            throw ProblemException.invalid(field, "union " + unionId + " does not exist or is outside your scope");
        }
        if (!union.active()) {
            throw ProblemException.invalid(field, "union " + unionId + " is dissolved");
        }
        return union;
    }
}
