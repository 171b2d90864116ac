package cn.gonghui.benefits.insurance;

import cn.gonghui.orgreplica.ReplicaMember;
import cn.gonghui.orgreplica.ReplicaMembers;
import cn.gonghui.orgreplica.ReplicaScope;
import cn.gonghui.orgreplica.ReplicaUnion;
import cn.gonghui.paging.Page;
import cn.gonghui.paging.PageRequest;
import cn.gonghui.paging.SubtreeQuery;
import cn.gonghui.personaldata.PersonalDataAudit;
import cn.gonghui.personaldata.PersonalDataCipher;
import cn.gonghui.problems.ProblemException;
import cn.gonghui.scope.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The unions' side of mutual-aid insurance: plans and cover periods, enrolment by a member's unit or by a
 * union above it (代录), withdrawal before cover starts, what happens when a member leaves, the member's
 * own cover and claims, and audited unmasking of a claim's health details.
 */
@ApplicationScoped
public class InsuranceService {

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    ReplicaScope unions;

    @Inject
    ReplicaMembers members;

    @Inject
    Caller caller;

    @Inject
    EnrolmentFeed feed;

    @Inject
    PersonalDataCipher cipher;

    @Inject
    PersonalDataAudit audit;

    @Transactional
    public InsurancePlan plan(@NotNull @Valid InsuranceRequests.Plan request) {
        unions.activeInScope(request.unionId(), "unionId");
        InsurancePlan p = new InsurancePlan();
        p.unionId = request.unionId();
        p.insurerId = request.insurerId();
        p.name = request.name().strip();
        p.kind = request.kind();
        p.premiumFen = request.premiumFen();
        p.womenOnly = request.womenOnly();
        p.persistAndFlush();
        return p;
    }

    public InsurancePlan getPlan(long id) {
        InsurancePlan p = InsurancePlan.findById(id);
        if (p == null || !(unions.reaches(p.unionId) || unions.above(p.unionId))) {
            throw ProblemException.notFound("plan", id);
        }
        return p;
    }

    public Page<InsurancePlan> plans(Long unionId, PageRequest page) {
        return SubtreeQuery.of(InsurancePlan.class, "ReplicaUnion", "unionId", unions.listPath(unionId), page).fetch(em, p -> p.id);
    }

    @Transactional
    public CoverPeriod period(long planId, @NotNull @Valid InsuranceRequests.Period request) {
        InsurancePlan p = getPlan(planId);
        if (!unions.reaches(p.unionId)) {
            throw ProblemException.forbidden("cover periods of plan " + p.id + " are set by its union " + p.unionId);
        }
        if (!request.endsOn().isAfter(request.startsOn())) {
            throw ProblemException.invalid("endsOn", "must be after startsOn");
        }
        if (CoverPeriod.count("planId = ?1 and startsOn <= ?2 and endsOn >= ?3", p.id, request.endsOn(), request.startsOn()) > 0) {
            throw ProblemException.conflict("startsOn", "plan " + p.id + " already has a period overlapping these dates");
        }
        CoverPeriod c = new CoverPeriod();
        c.planId = p.id;
        c.startsOn = request.startsOn();
        c.endsOn = request.endsOn();
        c.persistAndFlush();
        return c;
    }

    public List<CoverPeriod> periods(long planId) {
        return CoverPeriod.list("planId = ?1 order by startsOn", getPlan(planId).id);
    }

    /** 参保 before the period starts, for an active member of the caller's subtree whose union the plan covers. */
    @Transactional
    public Enrolment enrol(@NotNull @Valid InsuranceRequests.Enrol request) {
        CoverPeriod period = CoverPeriod.findById(request.periodId());
        if (period == null) {
            throw ProblemException.invalid("periodId", "cover period " + request.periodId() + " does not exist");
        }
        InsurancePlan plan = InsurancePlan.findById(period.planId);
        ReplicaMember member = coverable(plan, request.memberId(), "memberId", "periodId");
        if (!period.takesEnrolmentsOn(LocalDate.now(clock))) {
            throw ProblemException.invalidState("the list for the period from " + period.startsOn + " was fixed when it started");
        }
        if (Enrolment.count("periodId = ?1 and memberId = ?2 and status = ?3", period.id, member.id, Enrolment.Status.ENROLLED) > 0) {
            throw ProblemException.conflict("memberId", "member " + member.id + " is already enrolled in this period");
        }
        Enrolment e = newEnrolment(plan, period, member, null);
        feed.append(plan.insurerId, e, EnrolmentFeed.Change.ADDED, period.startsOn);
        return e;
    }

    /**
     * 既有保障登记: while a period runs, an officer of the plan's union records the members the insurer's list
     * already covers (their federation has just moved onto Gonghui). Each good member is enrolled and the
     * insurer's feed shows them ADDED from the period's start; each bad one is reported (index, field, problem)
     * without stopping the rest; a member already enrolled is reported as such, so a resent list adds nothing.
     * The recording itself (who, for which union, why, how many) is kept and listed.
     */
    @Transactional
    public InsuranceViews.ExistingCoverResult recordExistingCover(long periodId, @NotNull @Valid InsuranceRequests.ExistingCover request) {
        CoverPeriod period = CoverPeriod.findById(periodId);
        InsurancePlan plan = period == null ? null : InsurancePlan.findById(period.planId);
        if (plan == null || !(unions.reaches(plan.unionId) || unions.above(plan.unionId))) {
            throw ProblemException.notFound("cover period", periodId);
        }
        if (!unions.reaches(plan.unionId)) {
            throw ProblemException.forbidden("existing cover under plan " + plan.id + " is recorded by its union " + plan.unionId);
        }
        LocalDate today = LocalDate.now(clock);
        if (period.takesEnrolmentsOn(today)) {
            throw ProblemException.invalidState("the period from " + period.startsOn + " has not started: enrol its members instead");
        }
        if (!period.runsOn(today)) {
            throw ProblemException.invalidState("the period ended on " + period.endsOn);
        }
        // one recording of a period at a time: two officers sending overlapping lists cannot enrol a member twice
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('existing-cover:' || :period))")
                .setParameter("period", period.id).getSingleResult();
        ExistingCoverRecord record = new ExistingCoverRecord();
        record.periodId = period.id;
        record.recordedBy = caller.subject();
        record.recordedByUnionId = caller.unionId().orElse(null);
        record.reason = request.reason().strip();
        record.recordedAt = OffsetDateTime.now(clock);
        record.persistAndFlush();
        List<InsuranceViews.RecordedCover> recorded = new ArrayList<>();
        List<InsuranceViews.Rejected> rejected = new ArrayList<>();
        for (int i = 0; i < request.memberIds().size(); i++) {
            String field = "memberIds[" + i + "]";
            ReplicaMember member;
            try {
                member = coverable(plan, request.memberIds().get(i), field, field);
            } catch (ProblemException bad) {
                rejected.add(new InsuranceViews.Rejected(i, field, bad.errors().get(0).problem()));
                continue;
            }
            Enrolment held = Enrolment.find("periodId = ?1 and memberId = ?2 and status = ?3", period.id, member.id,
                    Enrolment.Status.ENROLLED).firstResult();
            if (held != null) {
                recorded.add(new InsuranceViews.RecordedCover(i, member.id, held.id, true));
                continue;
            }
            Enrolment e = newEnrolment(plan, period, member, record.id);
            feed.append(plan.insurerId, e, EnrolmentFeed.Change.ADDED, period.startsOn);
            recorded.add(new InsuranceViews.RecordedCover(i, member.id, e.id, false));
            record.members++;
        }
        return new InsuranceViews.ExistingCoverResult(InsuranceViews.ExistingCoverRecordView.of(record), recorded, rejected);
    }

    /** The recordings of existing cover for a period, oldest first. */
    public List<ExistingCoverRecord> existingCoverRecords(long periodId) {
        CoverPeriod period = CoverPeriod.findById(periodId);
        if (period == null) {
            throw ProblemException.notFound("cover period", periodId);
        }
        getPlan(period.planId);
        return ExistingCoverRecord.list("periodId = ?1 order by id", period.id);
    }

    /**
     * An active member of the caller's subtree, whose union the plan covers (a woman for a women's plan); a
     * refusal names {@code field}, or {@code planField} when it is the plan that does not reach the member's union.
     */
    private ReplicaMember coverable(InsurancePlan plan, Long memberId, String field, String planField) {
        if (memberId == null) {
            throw ProblemException.invalid(field, "is required");
        }
        ReplicaMember member = members.inSubtree(memberId, unions.prefix())
                .filter(m -> m.status == ReplicaMember.Status.ACTIVE)
                .orElseThrow(() -> ProblemException.invalid(field, "member " + memberId + " is not an active member of your subtree"));
        ReplicaUnion union = ReplicaUnion.findById(member.unionId);
        if (!union.path.contains("/" + plan.unionId + "/")) {
            throw ProblemException.invalid(planField, "plan " + plan.id + " does not cover the members of union " + member.unionId);
        }
        if (plan.womenOnly && member.gender != ReplicaMember.Gender.FEMALE) {
            throw ProblemException.invalid(field, "plan " + plan.id + " covers women workers only");
        }
        return member;
    }

    private Enrolment newEnrolment(InsurancePlan plan, CoverPeriod period, ReplicaMember member, Long existingCoverRecordId) {
        Enrolment e = new Enrolment();
        e.periodId = period.id;
        e.planId = plan.id;
        e.memberId = member.id;
        e.unionId = member.unionId;
        e.enteredByUnionId = caller.unionId().orElse(plan.unionId);
        e.status = Enrolment.Status.ENROLLED;
        e.enrolledAt = OffsetDateTime.now(clock);
        e.existingCoverRecordId = existingCoverRecordId;
        e.persistAndFlush();
        return e;
    }

    /** Off the list before the period starts (409 once it has started). */
    @Transactional
    public Enrolment withdraw(long id) {
        Enrolment e = enrolment(id);
        CoverPeriod period = CoverPeriod.findById(e.periodId);
        if (e.status != Enrolment.Status.ENROLLED) {
            throw ProblemException.invalidState("enrolment " + id + " was withdrawn");
        }
        if (!period.takesEnrolmentsOn(LocalDate.now(clock))) {
            throw ProblemException.invalidState("cover started on " + period.startsOn + "; the enrolment runs to " + period.endsOn);
        }
        e.status = Enrolment.Status.WITHDRAWN;
        em.flush();
        feed.append(((InsurancePlan) InsurancePlan.findById(e.planId)).insurerId, e, EnrolmentFeed.Change.REMOVED, period.startsOn);
        return e;
    }

    /**
     * 退会: cover already running ends at its period's end (the insurer is told ENDS_AT_PERIOD_END); an
     * enrolment for a period not yet started is taken off the list.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void memberLeft(long memberId, LocalDate leftOn) {
        for (Enrolment e : coverHeld(memberId, leftOn)) {
            endCover(e);
        }
    }

    /**
     * 转会: cover held now or for a coming period goes with the member to their new union (and so do the claims
     * on it), where its officers see it and the old union's no longer do; under a plan that does not cover the
     * new union it ends as on leaving.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void memberTransferred(long memberId, long toUnionId) {
        ReplicaUnion to = ReplicaUnion.findById(toUnionId);
        for (Enrolment e : coverHeld(memberId, LocalDate.now(clock))) {
            InsurancePlan plan = InsurancePlan.findById(e.planId);
            // a union not in the replica yet is given the benefit of the doubt: cover is not ended on a guess
            if (to == null || to.path.contains("/" + plan.unionId + "/")) {
                e.unionId = toUnionId;
                Claim.update("unionId = ?1 where enrolmentId = ?2", toUnionId, e.id);
            } else {
                endCover(e);
            }
        }
    }

    /** The member's enrolments whose period has not ended by {@code day}, in the order the insurers' feeds are locked. */
    private List<Enrolment> coverHeld(long memberId, LocalDate day) {
        List<Enrolment> held = new ArrayList<>(Enrolment.<Enrolment>list("memberId = ?1 and status = ?2 and leaving = false",
                memberId, Enrolment.Status.ENROLLED));
        held.removeIf(e -> ((CoverPeriod) CoverPeriod.findById(e.periodId)).endsOn.isBefore(day));
        // the feed locks one insurer after another: always in the same order, so two members' changes cannot deadlock
        held.sort(java.util.Comparator.comparing(e -> ((InsurancePlan) InsurancePlan.findById(e.planId)).insurerId));
        return held;
    }

    /** Running cover goes on to the period's end; cover not yet begun is taken off the list. */
    private void endCover(Enrolment e) {
        CoverPeriod period = CoverPeriod.findById(e.periodId);
        String insurer = ((InsurancePlan) InsurancePlan.findById(e.planId)).insurerId;
        if (period.takesEnrolmentsOn(LocalDate.now(clock))) {
            e.status = Enrolment.Status.WITHDRAWN;
            feed.append(insurer, e, EnrolmentFeed.Change.REMOVED, period.startsOn);
        } else {
            e.leaving = true;
            feed.append(insurer, e, EnrolmentFeed.Change.ENDS_AT_PERIOD_END, period.endsOn);
        }
    }

    public Enrolment enrolment(long id) {
        Enrolment e = Enrolment.findById(id);
        if (e == null || !unions.reaches(e.unionId)) {
            throw ProblemException.notFound("enrolment", id);
        }
        return e;
    }

    public Page<Enrolment> enrolments(Long unionId, Long planId, PageRequest page) {
        return SubtreeQuery.of(Enrolment.class, "ReplicaUnion", "unionId", unions.listPath(unionId), page)
                .where("planId", planId)
                .fetch(em, e -> e.id);
    }

    /** The member's own cover and claims; their own diagnosis shown to them. */
    public InsuranceViews.MyCover mine() {
        long member = caller.requireMemberId();
        List<Enrolment> enrolments = Enrolment.list("memberId = ?1 order by id", member);
        List<Claim> claims = Claim.list("memberId = ?1 order by id", member);
        return new InsuranceViews.MyCover(enrolments.stream().map(InsuranceViews.EnrolmentView::of).toList(),
                claims.stream().map(c -> InsuranceViews.ClaimView.of(c, diagnosis(c))).toList());
    }

    /** 查看病情: an officer of the member's subtree with the personal-data-reader permission and a reason; audited. */
    @Transactional
    public InsuranceViews.ClaimView unmask(long claimId, @NotNull @Valid InsuranceRequests.Unmask request) {
        Claim c = Claim.findById(claimId);
        if (c == null || !unions.reaches(c.unionId)) {
            throw ProblemException.notFound("claim", claimId);
        }
        audit.unmask("claim", c.id, List.of("diagnosis"), request.reason());
        return InsuranceViews.ClaimView.of(c, diagnosis(c));
    }

    String diagnosis(Claim c) {
        return c.diagnosisSealed == null ? null : cipher.open(c.diagnosisSealed, InsurerService.diagnosisContext(c.insurerId, c.insurerClaimId));
    }
}
