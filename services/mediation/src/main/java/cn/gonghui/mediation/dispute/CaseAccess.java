package cn.gonghui.mediation.dispute;

import cn.gonghui.mediation.centre.CentreService;
import cn.gonghui.orgreplica.ReplicaScope;
import cn.gonghui.paging.Page;
import cn.gonghui.paging.PageRequest;
import cn.gonghui.problems.ProblemException;
import cn.gonghui.scope.Caller;
import cn.gonghui.scope.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who sees which case: a district admin every case, an officer the cases of centres run by unions of their
 * subtree, a mediator the cases of the centres where they are an active mediator, a member their own cases.
 * Anything else is a 404, as if the case did not exist.
 */
@RequestScoped
public class CaseAccess {

    /** The deadline lists. */
    public enum Due {
        /** open, deadline from today through today + 3 */
        SOON,
        /** open, deadline before today */
        OVERDUE
    }

    @Inject
    Caller caller;

    @Inject
    ReplicaScope unions;

    @Inject
    CentreService centres;

    @Inject
    EntityManager em;

    public boolean sees(DisputeCase c) {
        if (caller.is(Roles.DISTRICT_ADMIN)) {
            return true;
        }
        if (caller.is(Roles.OFFICER) && unions.reaches(c.unionId)) {
            return true;
        }
        if (caller.is(Roles.MEDIATOR) && centres.ownCentres().contains(c.centreId)) {
            return true;
        }
        return caller.is(Roles.MEMBER) && caller.memberId().map(own -> own.equals(c.memberId)).orElse(false);
    }

    /** The case if the caller sees it, else 404. */
    public DisputeCase get(long id) {
        return visible(DisputeCase.findById(id), id);
    }

    /** The same, locked for the rest of the transaction (payments, signatures, referral, numbering). */
    public DisputeCase locked(long id) {
        return visible(em.find(DisputeCase.class, id, LockModeType.PESSIMISTIC_WRITE), id);
    }

    private DisputeCase visible(DisputeCase c, long id) {
        if (c == null || !sees(c)) {
            throw ProblemException.notFound("case", id);
        }
        return c;
    }

    /** Cases the caller sees, in id order: staff by subtree (officer, admin) or by their centres (mediator). */
    public Page<DisputeCase> list(Long unionId, Long centreId, CaseStatus status, Due due, LocalDate today, PageRequest page) {
        StringBuilder jpql = new StringBuilder("select c from DisputeCase c where c.id > :after");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("after", page.afterId());
        if (caller.is(Roles.DISTRICT_ADMIN) || caller.is(Roles.OFFICER)) {
            jpql.append(" and c.unionId in (select u.id from ReplicaUnion u where u.path like :prefix)");
            params.put("prefix", unions.listPath(unionId) + "%");
        } else {
            Set<Long> own = centres.ownCentres();
            if (own.isEmpty()) {
                return page.page(List.of(), c -> c.id);
            }
            jpql.append(" and c.centreId in :own");
            params.put("own", own);
        }
        if (centreId != null) {
            jpql.append(" and c.centreId = :centre");
            params.put("centre", centreId);
        }
        if (status != null) {
            jpql.append(" and c.status = :status");
            params.put("status", status);
        }
        if (due != null) {
            jpql.append(" and c.status in :open");
            params.put("open", CaseStatus.OPEN);
            params.put("today", today);
            if (due == Due.SOON) {
                jpql.append(" and c.deadlineOn >= :today and c.deadlineOn <= :soon");
                params.put("soon", today.plusDays(DisputeCase.DUE_SOON_DAYS));
            } else {
                jpql.append(" and c.deadlineOn < :today");
            }
        }
        TypedQuery<DisputeCase> query = em.createQuery(jpql + " order by c.id", DisputeCase.class).setMaxResults(page.fetchSize());
        params.forEach(query::setParameter);
        return page.page(query.getResultList(), c -> c.id);
    }

    /** A member's own cases, applied from the phone or entered for them, oldest first. */
    public Page<DisputeCase> mine(PageRequest page) {
        List<DisputeCase> rows = DisputeCase.find("memberId = ?1 and id > ?2 order by id", caller.requireMemberId(), page.afterId())
                .page(0, page.fetchSize()).list();
        return page.page(rows, c -> c.id);
    }
}
