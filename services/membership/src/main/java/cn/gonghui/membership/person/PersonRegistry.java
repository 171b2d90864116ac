package cn.gonghui.membership.person;

import cn.gonghui.identifiers.ResidentIdNumber;
import cn.gonghui.personaldata.PersonalDataAudit;
import cn.gonghui.personaldata.PersonalDataCipher;
import cn.gonghui.membership.ratelimit.RateLimits;
import cn.gonghui.scope.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;

/**
 * 人员识别: membership is where a person is recognised across services. Another service sends an ID
 * number and gets an opaque personId (the same for every caller, members and non-members alike) and the
 * person's active membership, so no other service keeps a hash key it would share with membership. Every
 * lookup is audited and each calling service is rate-limited (docs/security.md, "One person across services").
 */
@ApplicationScoped
public class PersonRegistry {

    @Inject
    EntityManager em;

    @Inject
    PersonalDataCipher cipher;

    @Inject
    PersonalDataAudit audit;

    @Inject
    Caller caller;

    @Inject
    RateLimits rateLimits;

    @Transactional
    public PersonRef resolve(@NotNull @Valid PersonQuery query) {
        rateLimits.personLookup(caller.subject());
        String hash = cipher.lookupHash(ResidentIdNumber.normalize(query.idNumber()));
        UUID personId = personFor(hash);
        List<?> members = em.createQuery("select m.id from Member m where m.idNumberHash = :hash and m.status = 'ACTIVE'")
                .setParameter("hash", hash).getResultList();
        audit.lookup("person", personId, List.of("idNumber"), "person lookup by " + caller.subject());
        return new PersonRef(personId, members.isEmpty() ? null : ((Number) members.get(0)).longValue());
    }

    /** The person with this ID-number hash, recorded now if new; two concurrent first lookups get one row. */
    UUID personFor(String idNumberHash) {
        em.createNativeQuery("INSERT INTO person (id_number_hash) VALUES (?1) ON CONFLICT (id_number_hash) DO NOTHING")
                .setParameter(1, idNumberHash).executeUpdate();
        return (UUID) em.createNativeQuery("SELECT id FROM person WHERE id_number_hash = ?1")
                .setParameter(1, idNumberHash).getSingleResult();
    }
}
