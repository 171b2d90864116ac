package cn.gonghui.membership.member;

import cn.gonghui.personaldata.PersonalDataCipher;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Seals members' ID numbers and phones again with the active key, bound to their row: values sealed
 * with a key being retired, or before binding existed. Runs in the background in small batches, so a
 * key rotation completes by itself and the old key can then be removed (deploy.md, rotating the keys).
 */
@ApplicationScoped
public class PersonalDataResealing {

    private static final Logger LOG = Logger.getLogger(PersonalDataResealing.class);
    static final int BATCH = 500;

    @Inject
    EntityManager em;

    @Inject
    PersonalDataCipher cipher;

    @Scheduled(every = "${gonghui.resealing.every:10m}", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void resealAll() {
        int total = 0;
        int done;
        do {
            done = QuarkusTransaction.requiringNew().call(this::resealBatch);
            total += done;
        } while (done == BATCH);
        if (total > 0) {
            LOG.infof("sealed the personal data of %d members again with key %s", total, cipher.activeKeyId());
        }
    }

    /**
     * One batch, in the caller's transaction; rows another pod is resealing are skipped. The rows are
     * written directly, without a version bump: what a client sees (masked values) does not change, so
     * its ETag stays valid. Answers how many rows were sealed again.
     */
    int resealBatch() {
        // starts_with, not LIKE: a key id may hold '_', which LIKE would read as a wildcard
        String current = cipher.activeKeyId() + PersonalDataCipher.BOUND + ":";
        @SuppressWarnings("unchecked")
        List<Object[]> stale = em.createNativeQuery("""
                SELECT id, id_number_hash, id_number_sealed, phone_sealed FROM member
                WHERE NOT starts_with(id_number_sealed, ?1) OR (phone_sealed IS NOT NULL AND NOT starts_with(phone_sealed, ?1))
                ORDER BY id LIMIT ?2 FOR UPDATE SKIP LOCKED""")
                .setParameter(1, current).setParameter(2, BATCH).getResultList();
        for (Object[] row : stale) {
            long id = ((Number) row[0]).longValue();
            String hash = (String) row[1];
            write(id, "id_number_sealed", again((String) row[2], Member.idNumberContext(hash)));
            if (row[3] != null) {
                write(id, "phone_sealed", again((String) row[3], Member.phoneContext(hash)));
            }
        }
        return stale.size();
    }

    private String again(String sealed, String context) {
        return cipher.seal(cipher.open(sealed, context), context);
    }

    private void write(long id, String column, String sealed) {
        em.createNativeQuery("UPDATE member SET " + column + " = ?1 WHERE id = ?2")
                .setParameter(1, sealed).setParameter(2, id).executeUpdate();
    }
}
