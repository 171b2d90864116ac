package cn.gonghui.assistance.hardship;

import cn.gonghui.orgreplica.ReplicaScope;
import cn.gonghui.persons.Identities;
import cn.gonghui.persons.Identity;
import cn.gonghui.events.Outbox;
import cn.gonghui.paging.Page;
import cn.gonghui.paging.PageRequest;
import cn.gonghui.paging.SubtreeQuery;
import cn.gonghui.problems.Preconditions;
import cn.gonghui.problems.PastDates;
import cn.gonghui.problems.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The hardship registry 困难职工档案: registration, changes, yearly reviews, home visits and exit. */
@ApplicationScoped
public class HardshipService {

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    ReplicaScope unions;

    @Inject
    Identities identities;

    @Inject
    Outbox outbox;

    @Transactional
    public HardshipFile register(@NotNull @Valid HardshipRequests.Register request) {
        LocalDate on = PastDates.orToday(request.registeredOn(), clock, "registeredOn");
        unions.activeInScope(request.unionId(), "unionId");
        Identity who = identities.of(request.idNumber(), "idNumber", HardshipFile.ID_NUMBER_CONTEXT);
        HardshipFile open = HardshipFile.find("personId = ?1 and status = ?2", who.personId(), HardshipStatus.ACTIVE).firstResult();
        if (open != null) {
            // the other union's file stays private to it; only the fact of a file is told
            throw ProblemException.conflict("idNumber", "this person already has an open hardship file"
                    + (unions.reaches(open.unionId) ? " (" + open.id + ")" : " in another union"));
        }
        HardshipFile f = HardshipFile.register(request.unionId(), on);
        f.personId = who.personId();
        f.memberId = who.memberId();
        f.name = request.name().strip();
        f.idNumberHash = who.idNumberHash();
        f.idNumberSealed = who.idNumberSealed();
        f.idNumberMasked = who.idNumberMasked();
        f.phoneSealed = identities.sealPhone(request.phone(), HardshipFile.PHONE_CONTEXT + ":" + who.idNumberHash());
        f.gender = who.gender();
        f.migrant = request.migrant();
        f.householdSize = request.householdSize();
        f.monthlyIncomeFen = request.monthlyIncomeFen();
        f.causes(request.causes());
        f.level = request.level();
        f.persistAndFlush();
        outbox.record("HardshipRegistered", "hardship-files/" + f.id, new HardshipRegistered(f.id, f.unionId, f.memberId,
                f.registeredOn, f.level, List.of(f.causes), f.migrant));
        return f;
    }

    /** The file, if its union is in the caller's reach; 404 otherwise. */
    public HardshipFile get(long id) {
        HardshipFile f = HardshipFile.findById(id);
        if (f == null || !unions.reaches(f.unionId)) {
            throw ProblemException.notFound("hardship file", id);
        }
        return f;
    }

    @Transactional
    public HardshipFile update(long id, String ifMatch, @NotNull @Valid HardshipRequests.Update request) {
        HardshipFile f = current(id, ifMatch);
        f.requireActive();
        if (request.householdSize() != null) {
            f.householdSize = request.householdSize();
        }
        if (request.monthlyIncomeFen() != null) {
            f.monthlyIncomeFen = request.monthlyIncomeFen();
        }
        if (request.causes() != null) {
            f.causes(request.causes());
        }
        if (request.level() != null) {
            f.level = request.level();
        }
        if (request.migrant() != null) {
            f.migrant = request.migrant();
        }
        em.flush();
        return f;
    }

    @Transactional
    public HardshipFile review(long id, String ifMatch, @NotNull @Valid HardshipRequests.Review request) {
        HardshipFile f = current(id, ifMatch);
        f.review(PastDates.orToday(request.reviewedOn(), clock, "reviewedOn"));
        em.flush();
        return f;
    }

    @Transactional
    public HardshipFile exit(long id, String ifMatch, @NotNull @Valid HardshipRequests.Exit request) {
        HardshipFile f = current(id, ifMatch);
        f.exit(PastDates.orToday(request.exitedOn(), clock, "exitedOn"), request.reason());
        em.flush();
        return f;
    }

    @Transactional
    public HomeVisit visit(long id, @NotNull @Valid HardshipRequests.Visit request) {
        HardshipFile f = get(id);
        f.requireActive();
        LocalDate on = PastDates.orToday(request.visitedOn(), clock, "visitedOn");
        if (on.isBefore(f.registeredOn)) {
            throw ProblemException.invalid("visitedOn", "must not be before the file was registered (" + f.registeredOn + ")");
        }
        HomeVisit v = new HomeVisit();
        v.fileId = f.id;
        v.visitedOn = on;
        v.visitor = request.visitor().strip();
        v.findings = request.findings().strip();
        v.evidenceRefs = request.evidenceRefs() == null ? new String[0] : request.evidenceRefs().toArray(String[]::new);
        v.persistAndFlush();
        return v;
    }

    public List<HomeVisit> visits(long id) {
        return HomeVisit.list("fileId = ?1 order by visitedOn, id", get(id).id);
    }

    /** 帮扶线索 of the caller's subtree (large medical claims paid by the mutual-aid insurance), in id order. */
    public Page<HardshipLead> leads(Long unionId, PageRequest page) {
        return SubtreeQuery.of(HardshipLead.class, "ReplicaUnion", "unionId", unions.listPath(unionId), page).fetch(em, l -> l.id);
    }

    /** Files of the caller's subtree (or of unionId's), in id order; reviewDue lists the files due for review today. */
    public Page<HardshipFile> list(Long unionId, HardshipStatus status, Boolean reviewDue, PageRequest page) {
        if (Boolean.TRUE.equals(reviewDue)) {
            return reviewDue(unions.listPath(unionId), page);
        }
        return SubtreeQuery.of(HardshipFile.class, "ReplicaUnion", "unionId", unions.listPath(unionId), page)
                .where("status", status)
                .fetch(em, f -> f.id);
    }

    private Page<HardshipFile> reviewDue(String prefix, PageRequest page) {
        TypedQuery<HardshipFile> query = em.createQuery("select f from HardshipFile f, ReplicaUnion u where u.id = f.unionId"
                + " and u.path like :prefix and f.id > :after and f.status = :active and f.reviewDueOn <= :today order by f.id",
                HardshipFile.class)
                .setParameter("prefix", prefix + "%")
                .setParameter("after", page.afterId())
                .setParameter("active", HardshipStatus.ACTIVE)
                .setParameter("today", LocalDate.now(clock))
                .setMaxResults(page.fetchSize());
        return page.page(query.getResultList(), f -> f.id);
    }

    /** The file, if the caller read its current version (428 without If-Match, 412 when it changed since). */
    private HardshipFile current(long id, String ifMatch) {
        HardshipFile f = get(id);
        Preconditions.requireMatch(ifMatch, f.version);
        return f;
    }

}
