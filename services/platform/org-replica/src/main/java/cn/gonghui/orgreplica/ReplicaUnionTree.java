package cn.gonghui.orgreplica;

import cn.gonghui.scope.UnionTree;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Where a union (工会组织) sits, answered from this service's replica: the {@link UnionTree} of every service but membership. */
@ApplicationScoped
public class ReplicaUnionTree implements UnionTree {

    @Override
    public Optional<String> pathOf(long unionId) {
        return ReplicaUnion.<ReplicaUnion>findByIdOptional(unionId).map(union -> union.path);
    }

    @Override
    public Optional<String> activePathOf(long unionId) {
        return ReplicaUnion.<ReplicaUnion>findByIdOptional(unionId).filter(ReplicaUnion::active).map(union -> union.path);
    }
}
