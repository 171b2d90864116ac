package cn.gonghui.membership.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the enterprises an uploaded file names by credit code, a thousand codes per query, only within the
 * importing caller's scope, as {@code POST /members} checks an enterpriseId (review S14): an enterprise of
 * another union's subtree is "not registered" to this file, so it is neither linked nor revealed.
 */
@ApplicationScoped
class EnterpriseIds {

    private static final int CHUNK = 1000;

    @Inject
    EntityManager em;

    /** Normalized credit code to enterprise id, for the codes registered under {@code scopePrefix} (a union path). */
    Map<String, Long> byCreditCode(Collection<String> codes, String scopePrefix) {
        List<String> all = new ArrayList<>(codes);
        Map<String, Long> ids = new HashMap<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<Object[]> found = em.createQuery(
                            "select e.creditCode, e.id from Enterprise e, Union u where u.id = e.unionId"
                                    + " and e.creditCode in :codes and u.path like :prefix", Object[].class)
                    .setParameter("codes", all.subList(from, Math.min(from + CHUNK, all.size())))
                    .setParameter("prefix", scopePrefix + "%")
                    .getResultList();
            for (Object[] f : found) {
                ids.put((String) f[0], (Long) f[1]);
            }
        }
        return ids;
    }
}
