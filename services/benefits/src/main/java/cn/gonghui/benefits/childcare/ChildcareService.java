package cn.gonghui.benefits.childcare;

import cn.gonghui.benefits.activity.Activity;
import cn.gonghui.benefits.activity.ActivityCategory;
import cn.gonghui.benefits.activity.ActivityService;
import cn.gonghui.orgreplica.ReplicaMember;
import cn.gonghui.orgreplica.ReplicaMembers;
import cn.gonghui.orgreplica.ReplicaScope;
import cn.gonghui.paging.Page;
import cn.gonghui.paging.PageRequest;
import cn.gonghui.paging.SubtreeQuery;
import cn.gonghui.problems.PastDates;
import cn.gonghui.problems.ProblemException;
import cn.gonghui.scope.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * 暑期托管 and 小候鸟 camps: federations report their demand, members enrol their children in a class (an
 * activity of category SUMMER_CHILDCARE or CHILDRENS_CAMP), places counted per child and never overbooked.
 */
@ApplicationScoped
public class ChildcareService {

    static final Set<ActivityCategory> FOR_CHILDREN = Set.of(ActivityCategory.SUMMER_CHILDCARE, ActivityCategory.CHILDRENS_CAMP);

    /** 需求上报. */
    @Schema(name = "ChildcareDemandReport")
    public record Demand(@NotNull Long unionId, @NotNull @Min(2000) @Max(2199) Integer year, @NotNull @Min(1) @Max(1000) Integer classesRequested,
            @NotNull @Min(0) @Max(100000) Integer children, LocalDate reportedOn) {
    }

    /** 报名: the child's birth year (no name) and whether the family are migrant workers. */
    @Schema(name = "ChildEnrolmentRequest")
    public record Enrol(@NotNull @Min(2000) @Max(2199) Integer birthYear, boolean migrant) {
    }

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
    ActivityService activities;

    @Transactional
    public ChildcareDemand report(@NotNull @Valid Demand request) {
        unions.activeInScope(request.unionId(), "unionId");
        if (ChildcareDemand.count("unionId = ?1 and year = ?2", request.unionId(), request.year()) > 0) {
            throw ProblemException.conflict("year", "union " + request.unionId() + " already reported its " + request.year() + " demand");
        }
        ChildcareDemand d = new ChildcareDemand();
        d.unionId = request.unionId();
        d.year = request.year();
        d.classesRequested = request.classesRequested();
        d.children = request.children();
        d.reportedOn = PastDates.orToday(request.reportedOn(), clock, "reportedOn");
        d.persistAndFlush();
        return d;
    }

    public Page<ChildcareDemand> demands(Long unionId, PageRequest page) {
        return SubtreeQuery.of(ChildcareDemand.class, "ReplicaUnion", "unionId", unions.listPath(unionId), page).fetch(em, d -> d.id);
    }

    /** A member enrols a child: a place while there is one (409 when full), in the sign-up window. */
    @Transactional
    public ChildEnrolment enrol(long activityId, @NotNull @Valid Enrol request) {
        ReplicaMember member = caller.memberId().flatMap(members::find).filter(m -> m.status == ReplicaMember.Status.ACTIVE)
                .orElseThrow(() -> ProblemException.forbidden("only an active member enrols a child"));
        Activity a = em.find(Activity.class, activities.get(activityId).id, LockModeType.PESSIMISTIC_WRITE);
        if (!FOR_CHILDREN.contains(a.category)) {
            throw ProblemException.invalid("activityId", "activity " + a.id + " is not a childcare class or a children's camp");
        }
        a.requireSignupOpen(LocalDate.now(clock));
        if (request.birthYear() > a.startsOn.getYear()) {
            throw ProblemException.invalid("birthYear", "the child is not born by " + a.startsOn.getYear());
        }
        if (!a.hasRoom(ChildEnrolment.count("activityId = ?1 and cancelled = false", a.id))) {
            throw ProblemException.invalidState("activity " + a.id + " is full");
        }
        ChildEnrolment e = new ChildEnrolment();
        e.activityId = a.id;
        e.memberId = member.id;
        e.unionId = member.unionId;
        e.birthYear = request.birthYear();
        e.migrant = request.migrant();
        e.enrolledAt = OffsetDateTime.now(clock);
        e.persistAndFlush();
        return e;
    }

    /** The member's own enrolments. */
    public List<ChildEnrolment> mine() {
        return ChildEnrolment.list("memberId = ?1 order by id", caller.requireMemberId());
    }

    @Transactional
    public ChildEnrolment cancel(long id) {
        ChildEnrolment e = ChildEnrolment.findById(id);
        if (e == null || !caller.memberId().map(e.memberId::equals).orElse(false)) {
            throw ProblemException.notFound("enrolment", id);
        }
        em.find(Activity.class, e.activityId, LockModeType.PESSIMISTIC_WRITE);
        e.cancelled = true;
        em.flush();
        return e;
    }
}
