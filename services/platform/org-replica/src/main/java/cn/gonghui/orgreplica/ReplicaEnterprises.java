package cn.gonghui.orgreplica;

import cn.gonghui.scope.UnionScope;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** "Does this enterprise (企业) exist, and under which union?", answered from the replica. */
@ApplicationScoped
public class ReplicaEnterprises {

    public Optional<ReplicaEnterprise> find(long id) {
        return ReplicaEnterprise.findByIdOptional(id);
    }

    /** By 统一社会信用代码, as given (membership publishes it normalised: trimmed, upper case). */
    public Optional<ReplicaEnterprise> findByCreditCode(String creditCode) {
        return ReplicaEnterprise.<ReplicaEnterprise>find("creditCode", creditCode).firstResultOptional();
    }

    /** The enterprise if its union is in the replica and under {@code pathPrefix}; an empty prefix means anywhere. */
    public Optional<ReplicaEnterprise> inSubtree(long id, Optional<String> pathPrefix) {
        return ReplicaEnterprise.<ReplicaEnterprise>find("select e from ReplicaEnterprise e, ReplicaUnion u "
                + "where u.id = e.unionId and e.id = ?1 and u.path like ?2", id, pathPrefix.orElse("/") + "%")
                .firstResultOptional();
    }

    /** The enterprise if the caller may act on its union. */
    public Optional<ReplicaEnterprise> inScope(long id, UnionScope scope) {
        return inSubtree(id, scope.subtreePrefix());
    }
}
