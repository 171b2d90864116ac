package cn.gonghui.membership.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Finds the enterprises an uploaded file names by credit code, a thousand codes per query. */
@ApplicationScoped
class EnterpriseIds {

    private static final int CHUNK = 1000;

    @Inject
    EntityManager em;

    /** Normalized credit code to enterprise id, for the codes that are registered. */
    Map<String, Long> byCreditCode(Collection<String> codes) {
        List<String> all = new ArrayList<>(codes);
        Map<String, Long> ids = new HashMap<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<Object[]> found = em.createQuery(
                            "select e.creditCode, e.id from Enterprise e where e.creditCode in :codes", Object[].class)
                    .setParameter("codes", all.subList(from, Math.min(from + CHUNK, all.size())))
                    .getResultList();
            for (Object[] f : found) {
                ids.put((String) f[0], (Long) f[1]);
            }
        }
        return ids;
    }
}
