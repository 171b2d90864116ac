package cn.gonghui.orgreplica;

import cn.gonghui.problems.ProblemException;
import cn.gonghui.scope.Caller;
import cn.gonghui.scope.Roles;
import cn.gonghui.scope.UnionScope;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Which unions the caller reaches in a service other than membership, from the organisation replica: a
 * district admin and a fund manager (区总工会财务, who pays assistance's grants) the whole district, an
 * officer their union's subtree, anyone else none. Lists, reads and stats of every such service go through it.
 */
@RequestScoped
public class ReplicaScope {

    @Inject
    Caller caller;

    @Inject
    UnionScope scope;

    @Inject
    ReplicaEnterprises enterprises;

    /** The path prefix the caller is confined to; empty means the whole district. */
    public Optional<String> prefix() {
        if (caller.is(Roles.FUND_MANAGER) || caller.is(Roles.DISTRICT_ADMIN)) {
            return Optional.empty();
        }
        return scope.subtreePrefix();
    }

    public boolean reaches(long unionId) {
        ReplicaUnion union = ReplicaUnion.findById(unionId);
        return union != null && union.path.startsWith(prefix().orElse("/"));
    }

    /**
     * True when the union is the caller's own or one above it: an officer takes part in the campaigns
     * their federation runs (a district 送温暖 is carried out by every street union).
     */
    public boolean above(long unionId) {
        ReplicaUnion union = ReplicaUnion.findById(unionId);
        return union != null && prefix().map(own -> own.startsWith(union.path)).orElse(true);
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

    /** An enterprise whose union the caller reaches, or a 400 naming the field. */
    public ReplicaEnterprise enterpriseInScope(long enterpriseId, String field) {
        return enterprises.inSubtree(enterpriseId, prefix())
                .orElseThrow(() -> ProblemException.invalid(field, "enterprise " + enterpriseId + " does not exist or is outside your scope"));
    }

    /** An enterprise whose union the caller reaches, if any (for an enterprise named in a path: 404 when absent). */
    public Optional<ReplicaEnterprise> enterpriseInSubtree(long enterpriseId) {
        return enterprises.inSubtree(enterpriseId, prefix());
    }

    /** An enterprise the caller reaches that sits under {@code union}'s subtree (e.g. a contract's), or a 400 naming the field. */
    public ReplicaEnterprise enterpriseUnder(ReplicaUnion union, long enterpriseId, String field) {
        ReplicaEnterprise e = enterpriseInScope(enterpriseId, field);
        ReplicaUnion own = ReplicaUnion.findById(e.unionId);
        if (own == null || !own.path.startsWith(union.path)) {
            throw ProblemException.invalid(field, "enterprise " + enterpriseId + " is not under union " + union.id);
        }
        return e;
    }
}
