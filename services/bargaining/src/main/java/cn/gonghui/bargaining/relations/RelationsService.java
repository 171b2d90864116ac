package cn.gonghui.bargaining.relations;

import cn.gonghui.orgreplica.ReplicaScope;
import cn.gonghui.orgreplica.ReplicaEnterprise;
import cn.gonghui.paging.Page;
import cn.gonghui.paging.PageRequest;
import cn.gonghui.paging.SubtreeQuery;
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

/** Harmonious labour relations (CSR, demonstration sites, harmony-index sampling) and bargaining training, in the caller's subtree. */
@ApplicationScoped
public class RelationsService {

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    ReplicaScope unions;

    /** The record created, or replaced when the caller read its current version (428 without If-Match, 412 when it changed). */
    @Transactional
    public CsrRecord csr(long enterpriseId, String ifMatch, @NotNull @Valid RelationsRequests.Csr request) {
        ReplicaEnterprise e = enterprise(enterpriseId);
        CsrRecord c = CsrRecord.findById(e.id);
        boolean created = c == null;
        if (created) {
            c = new CsrRecord();
            c.enterpriseId = e.id;
        } else {
            Preconditions.requireMatch(ifMatch, c.version);
        }
        c.unionId = e.unionId;
        c.joinedOn = PastDates.orToday(request.joinedOn(), clock, "joinedOn");
        c.grade = request.grade();
        c.gradedOn = request.gradedOn() == null ? null : PastDates.orToday(request.gradedOn(), clock, "gradedOn");
        c.reviewedOn = request.reviewedOn() == null ? null : PastDates.orToday(request.reviewedOn(), clock, "reviewedOn");
        if ((c.grade == null) != (c.gradedOn == null)) {
            throw ProblemException.invalid("gradedOn", "a grade and the day it was given go together");
        }
        if (c.gradedOn != null && c.gradedOn.isBefore(c.joinedOn)) {
            throw ProblemException.invalid("gradedOn", "must not be before joinedOn (" + c.joinedOn + ")");
        }
        if (c.reviewedOn != null && (c.gradedOn == null || c.reviewedOn.isBefore(c.gradedOn))) {
            throw ProblemException.invalid("reviewedOn", "a re-review (复核) follows the grading (gradedOn)");
        }
        if (created) {
            c.persist();
        }
        em.flush();
        return c;
    }

    public CsrRecord getCsr(long enterpriseId) {
        CsrRecord c = CsrRecord.findById(enterprise(enterpriseId).id);
        if (c == null) {
            throw ProblemException.notFound("CSR record of enterprise", enterpriseId);
        }
        return c;
    }

    @Transactional
    public HarmonySite site(@NotNull @Valid RelationsRequests.Site request) {
        ReplicaEnterprise e = unions.enterpriseInScope(request.enterpriseId(), "enterpriseId");
        if (HarmonySite.count("enterpriseId = ?1 and level = ?2", e.id, request.level()) > 0) {
            throw ProblemException.conflict("enterpriseId", "enterprise " + e.id + " is already a " + request.level() + " demonstration site");
        }
        HarmonySite s = new HarmonySite();
        s.unionId = e.unionId;
        s.enterpriseId = e.id;
        s.level = request.level();
        s.designatedOn = PastDates.orToday(request.designatedOn(), clock, "designatedOn");
        s.persistAndFlush();
        return s;
    }

    public Page<HarmonySite> sites(Long unionId, PageRequest page) {
        return SubtreeQuery.of(HarmonySite.class, "ReplicaUnion", "unionId", unions.listPath(unionId), page).fetch(em, s -> s.id);
    }

    @Transactional
    public HarmonySample sample(@NotNull @Valid RelationsRequests.Sample request) {
        ReplicaEnterprise e = unions.enterpriseInScope(request.enterpriseId(), "enterpriseId");
        LocalDate completed = PastDates.orToday(request.completedOn(), clock, "completedOn");
        int year = request.year() == null ? completed.getYear() : request.year();
        if (HarmonySample.count("enterpriseId = ?1 and year = ?2", e.id, year) > 0) {
            throw ProblemException.conflict("enterpriseId", "enterprise " + e.id + " is already sampled for " + year);
        }
        HarmonySample s = new HarmonySample();
        s.unionId = e.unionId;
        s.enterpriseId = e.id;
        s.year = year;
        s.completedOn = completed;
        s.persistAndFlush();
        return s;
    }

    public Page<HarmonySample> samples(Long unionId, PageRequest page) {
        return SubtreeQuery.of(HarmonySample.class, "ReplicaUnion", "unionId", unions.listPath(unionId), page).fetch(em, s -> s.id);
    }

    @Transactional
    public BargainingTraining training(@NotNull @Valid RelationsRequests.Training request) {
        BargainingTraining t = new BargainingTraining();
        t.unionId = unions.activeInScope(request.unionId(), "unionId").id;
        t.heldOn = PastDates.orToday(request.heldOn(), clock, "heldOn");
        t.topic = request.topic().strip();
        t.chairsAttending = request.chairsAttending();
        t.othersAttending = request.othersAttending() == null ? 0 : request.othersAttending();
        t.persistAndFlush();
        return t;
    }

    public Page<BargainingTraining> trainings(Long unionId, PageRequest page) {
        return SubtreeQuery.of(BargainingTraining.class, "ReplicaUnion", "unionId", unions.listPath(unionId), page).fetch(em, t -> t.id);
    }

    /** An enterprise of the caller's subtree; 404 otherwise (it is named in the path). */
    private ReplicaEnterprise enterprise(long id) {
        return unions.enterpriseInSubtree(id).orElseThrow(() -> ProblemException.notFound("enterprise", id));
    }
}
