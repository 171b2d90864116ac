package cn.gonghui.scope;

import cn.gonghui.problems.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Decides which unions the caller may act on: a district admin every union, an officer the subtree of
 * the union in their token, anyone else none.
 */
@RequestScoped
public class UnionScope {

    @Inject
    Caller caller;

    @Inject
    UnionTree tree;

    /** The officer's own union path, looked up once per request. */
    private String officerPrefix;

    /** The path prefix the caller is confined to; empty means the whole district. */
    public Optional<String> subtreePrefix() {
        if (caller.is(Roles.DISTRICT_ADMIN)) {
            return Optional.empty();
        }
        if (caller.is(Roles.OFFICER)) {
            if (officerPrefix == null) {
                long own = caller.unionId().orElseThrow(() -> ProblemException.forbidden("the officer token has no unionId claim"));
                officerPrefix = tree.activePathOf(own)
                        .orElseThrow(() -> ProblemException.forbidden("the officer's union " + own + " is unknown or dissolved"));
            }
            return Optional.of(officerPrefix);
        }
        throw ProblemException.forbidden("this role has no union scope");
    }

    public boolean mayActOn(long unionId) {
        if (caller.is(Roles.DISTRICT_ADMIN)) {
            return true;
        }
        if (!caller.is(Roles.OFFICER)) {
            return false;
        }
        Optional<String> target = tree.pathOf(unionId);
        return target.isPresent() && target.get().startsWith(subtreePrefix().orElse("/"));
    }

    /** 403 unless the caller may act on the union. */
    public void require(long unionId) {
        if (!mayActOn(unionId)) {
            throw ProblemException.forbidden("union " + unionId + " is outside your scope");
        }
    }

    public boolean contains(String path) {
        return subtreePrefix().map(path::startsWith).orElse(true);
    }
}
