package cn.gonghui.scope;

import java.util.Optional;

/**
 * Where a union sits in the organisation tree. Membership answers from its own union table; the other
 * services answer from a read model they keep from membership's UnionCreated / UnionMoved events.
 */
public interface UnionTree {

    /** The union's ancestry path, root first, ending in the union itself, e.g. {@code /1/4/9/}. */
    Optional<String> pathOf(long unionId);

    /** Like {@link #pathOf} but empty for a dissolved union: its officers act on nothing. */
    Optional<String> activePathOf(long unionId);
}
