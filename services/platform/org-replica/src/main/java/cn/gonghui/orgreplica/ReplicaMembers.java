package cn.gonghui.orgreplica;

import cn.gonghui.scope.UnionScope;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** "Is this person a member (会员), of which union, active or not?", answered from the replica. */
@ApplicationScoped
public class ReplicaMembers {

    public Optional<ReplicaMember> find(long id) {
        return ReplicaMember.findByIdOptional(id);
    }

    /** The member if their union is in the replica and under {@code pathPrefix}; an empty prefix means anywhere. */
    public Optional<ReplicaMember> inSubtree(long id, Optional<String> pathPrefix) {
        return ReplicaMember.<ReplicaMember>find("select m from ReplicaMember m, ReplicaUnion u "
                + "where u.id = m.unionId and m.id = ?1 and u.path like ?2", id, pathPrefix.orElse("/") + "%")
                .firstResultOptional();
    }

    /** The member if the caller may act on their union. */
    public Optional<ReplicaMember> inScope(long id, UnionScope scope) {
        return inSubtree(id, scope.subtreePrefix());
    }
}
