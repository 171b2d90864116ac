package cn.gonghui.bargaining.democracy;

import cn.gonghui.orgreplica.ReplicaScope;
import cn.gonghui.orgreplica.ReplicaEnterprise;
import cn.gonghui.paging.Page;
import cn.gonghui.paging.PageRequest;
import cn.gonghui.problems.PastDates;
import cn.gonghui.problems.Preconditions;
import cn.gonghui.problems.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** 民主管理 records of the enterprises of the caller's subtree: one per enterprise, replaced whole. */
@ApplicationScoped
public class DemocraticManagementService {

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    ReplicaScope unions;

    /** Creates the record, or replaces it when the caller read its current version (428 without If-Match, 412 when it changed). */
    @Transactional
    public DemocraticManagement put(long enterpriseId, String ifMatch, @NotNull @Valid DemocraticManagementResource.Record request) {
        ReplicaEnterprise e = enterprise(enterpriseId);
        DemocraticManagement d = DemocraticManagement.findById(e.id);
        boolean created = d == null;
        if (created) {
            d = new DemocraticManagement();
            d.enterpriseId = e.id;
        } else {
            Preconditions.requireMatch(ifMatch, d.version);
        }
        d.unionId = e.unionId;
        d.openAffairsSince = past(request.openAffairsSince(), "openAffairsSince");
        d.congressSince = past(request.congressSince(), "congressSince");
        d.lastSessionOn = past(request.lastSessionOn(), "lastSessionOn");
        if (d.lastSessionOn != null && (d.congressSince == null || d.lastSessionOn.isBefore(d.congressSince))) {
            throw ProblemException.invalid("lastSessionOn", "a congress session needs the congress established on or before it (congressSince)");
        }
        d.recordComplete = request.recordComplete();
        if (created) {
            d.persist();
        }
        em.flush();
        return d;
    }

    /**
     * A 职代会 session: only of an enterprise whose congress was established on or before that day (409), at most
     * one a day (409); the record's lastSessionOn follows the latest session.
     */
    @Transactional
    public CongressSession session(long enterpriseId, @NotNull @Valid DemocraticManagementResource.Session request) {
        DemocraticManagement d = get(enterpriseId);
        LocalDate held = PastDates.orToday(request.heldOn(), clock, "heldOn");
        if (d.congressSince == null || held.isBefore(d.congressSince)) {
            throw ProblemException.invalidState("enterprise " + enterpriseId + " had no 职代会 established on " + held
                    + (d.congressSince == null ? " (congressSince is empty)" : " (established " + d.congressSince + ")"));
        }
        if (request.present() > request.representatives()) {
            throw ProblemException.invalid("present", "must not exceed representatives (" + request.representatives() + ")");
        }
        if (CongressSession.count("enterpriseId = ?1 and heldOn = ?2", d.enterpriseId, held) > 0) {
            throw ProblemException.conflict("heldOn", "a session of enterprise " + enterpriseId + " on " + held + " is already recorded");
        }
        CongressSession s = new CongressSession();
        s.enterpriseId = d.enterpriseId;
        s.unionId = d.unionId;
        s.heldOn = held;
        s.representatives = request.representatives();
        s.present = request.present();
        s.persist();
        if (d.lastSessionOn == null || held.isAfter(d.lastSessionOn)) {
            d.lastSessionOn = held;
        }
        em.flush();
        return s;
    }

    public List<CongressSession> sessions(long enterpriseId) {
        return CongressSession.list("enterpriseId = ?1 order by heldOn", get(enterpriseId).enterpriseId);
    }

    public DemocraticManagement get(long enterpriseId) {
        DemocraticManagement d = DemocraticManagement.findById(enterprise(enterpriseId).id);
        if (d == null) {
            throw ProblemException.notFound("democratic-management record of enterprise", enterpriseId);
        }
        return d;
    }

    public Page<DemocraticManagement> list(Long unionId, PageRequest page) {
        List<DemocraticManagement> rows = em.createQuery("select d from DemocraticManagement d, ReplicaUnion u where u.id = d.unionId"
                        + " and u.path like :prefix and d.enterpriseId > :after order by d.enterpriseId", DemocraticManagement.class)
                .setParameter("prefix", unions.listPath(unionId) + "%")
                .setParameter("after", page.afterId())
                .setMaxResults(page.fetchSize())
                .getResultList();
        return page.page(rows, d -> d.enterpriseId);
    }

    /** An enterprise of the caller's subtree; 404 otherwise (it is named in the path). */
    private ReplicaEnterprise enterprise(long id) {
        return unions.enterpriseInSubtree(id).orElseThrow(() -> ProblemException.notFound("enterprise", id));
    }

    private LocalDate past(LocalDate date, String field) {
        return date == null ? null : PastDates.orToday(date, clock, field);
    }
}
