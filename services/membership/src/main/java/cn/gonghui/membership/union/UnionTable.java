package cn.gonghui.membership.union;

import cn.gonghui.scope.UnionTree;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/** Membership owns the union tree, so it answers scope questions from its own table. */
@ApplicationScoped
public class UnionTable implements UnionTree {

    @Inject
    EntityManager em;

    @Override
    public Optional<String> pathOf(long unionId) {
        List<String> paths = em.createQuery("select u.path from Union u where u.id = :id", String.class)
                .setParameter("id", unionId).getResultList();
        return paths.stream().findFirst();
    }

    @Override
    public Optional<String> activePathOf(long unionId) {
        return em.createQuery("select u.path from Union u where u.id = :id and u.status = :active", String.class)
                .setParameter("id", unionId).setParameter("active", UnionStatus.ACTIVE).getResultList().stream().findFirst();
    }
}
