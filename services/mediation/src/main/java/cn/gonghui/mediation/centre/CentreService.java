package cn.gonghui.mediation.centre;

import cn.gonghui.mediation.dispute.CaseStatus;
import cn.gonghui.orgreplica.ReplicaScope;
import cn.gonghui.paging.Page;
import cn.gonghui.paging.PageRequest;
import cn.gonghui.paging.SubtreeQuery;
import cn.gonghui.problems.ProblemException;
import cn.gonghui.scope.Caller;
import cn.gonghui.scope.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Centres 调解组织 and their mediators 调解员; which centres a mediator's token reaches. */
@ApplicationScoped
public class CentreService {

    @Inject
    EntityManager em;

    @Inject
    ReplicaScope unions;

    @Inject
    Caller caller;

    @Transactional
    public Centre register(@NotNull @Valid CentreRequests.Register request) {
        unions.activeInScope(request.unionId(), "unionId");
        if (Centre.count("name", request.name().strip()) > 0) {
            throw ProblemException.conflict("name", "a centre with this name exists");
        }
        Centre c = new Centre();
        c.unionId = request.unionId();
        c.name = request.name().strip();
        c.kind = request.kind();
        c.persistAndFlush();
        return c;
    }

    /** The centre, if the caller manages it (officer: its union in the subtree) or mediates at it; 404 otherwise. */
    public Centre get(long id) {
        Centre c = Centre.findById(id);
        if (c == null || !visible(c)) {
            throw ProblemException.notFound("centre", id);
        }
        return c;
    }

    /** An active centre the caller may take cases at, or a 400 naming the field. */
    public Centre forIntake(long id, String field) {
        Centre c = Centre.findById(id);
        if (c == null || !visible(c)) {
            throw ProblemException.invalid(field, "centre " + id + " does not exist or is outside your scope");
        }
        c.requireActive(field);
        return c;
    }

    private boolean visible(Centre c) {
        if (caller.is(Roles.DISTRICT_ADMIN)) {
            return true;
        }
        if (caller.is(Roles.OFFICER) && unions.reaches(c.unionId)) {
            return true;
        }
        return caller.is(Roles.MEDIATOR) && ownCentres().contains(c.id);
    }

    /** The centres where the caller's token subject is an active mediator. */
    public Set<Long> ownCentres() {
        List<Mediator> own = Mediator.list("subject = ?1 and active = true", caller.subject());
        return own.stream().map(m -> m.centreId).collect(Collectors.toSet());
    }

    public Page<Centre> list(Long unionId, PageRequest page) {
        if (!caller.is(Roles.DISTRICT_ADMIN) && !caller.is(Roles.OFFICER)) {
            Set<Long> own = ownCentres();
            List<Centre> rows = own.isEmpty() ? List.of()
                    : Centre.<Centre>list("id in ?1 and id > ?2 order by id", own, page.afterId());
            return page.page(rows.stream().limit(page.fetchSize()).toList(), c -> c.id);
        }
        return SubtreeQuery.of(Centre.class, "ReplicaUnion", "unionId", unions.listPath(unionId), page).fetch(em, c -> c.id);
    }

    public long openCases(long centreId) {
        return em.createQuery("select count(c) from DisputeCase c where c.centreId = :centre and c.status in :open", Long.class)
                .setParameter("centre", centreId).setParameter("open", CaseStatus.OPEN).getSingleResult();
    }

    public long openCasesOf(long mediatorId) {
        return em.createQuery("select count(c) from DisputeCase c where c.mediatorId = :m and c.status in :open", Long.class)
                .setParameter("m", mediatorId).setParameter("open", CaseStatus.OPEN).getSingleResult();
    }

    @Transactional
    public Mediator appoint(long centreId, @NotNull @Valid CentreRequests.Appoint request) {
        Centre c = get(centreId);
        requireManager(c);
        c.requireActive("centreId");
        if (selfAtCentre(c.id, request.subject().strip())) {
            throw ProblemException.conflict("subject", "this person already mediates at centre " + c.id);
        }
        Mediator m = new Mediator();
        m.centreId = c.id;
        m.subject = request.subject().strip();
        m.name = request.name().strip();
        m.persistAndFlush();
        return m;
    }

    private static boolean selfAtCentre(long centreId, String subject) {
        return Mediator.count("centreId = ?1 and subject = ?2 and active = true", centreId, subject) > 0;
    }

    /** 离任: the mediator takes no new cases; the cases they hold stay theirs until reassigned. */
    @Transactional
    public Mediator release(long centreId, long mediatorId) {
        Centre c = get(centreId);
        requireManager(c);
        Mediator m = mediator(c, mediatorId);
        m.active = false;
        em.flush();
        return m;
    }

    public List<Mediator> mediators(long centreId) {
        return Mediator.list("centreId = ?1 order by id", get(centreId).id);
    }

    public Mediator mediator(Centre c, long mediatorId) {
        Mediator m = Mediator.findById(mediatorId);
        if (m == null || !m.centreId.equals(c.id)) {
            throw ProblemException.notFound("mediator", mediatorId);
        }
        return m;
    }

    /** The active mediator of the centre holding the fewest open cases (the lowest id among equals); 409 when it has none. */
    public Mediator leastLoaded(Centre c) {
        List<Mediator> active = Mediator.list("centreId = ?1 and active = true order by id", c.id);
        return active.stream().min(Comparator.comparingLong((Mediator m) -> openCasesOf(m.id)).thenComparing(m -> m.id))
                .orElseThrow(() -> ProblemException.invalidState("centre " + c.id + " has no active mediator"));
    }

    private void requireManager(Centre c) {
        if (!caller.is(Roles.DISTRICT_ADMIN) && !(caller.is(Roles.OFFICER) && unions.reaches(c.unionId))) {
            throw ProblemException.forbidden("only the centre's union officers or a district admin manage its mediators");
        }
    }
}
