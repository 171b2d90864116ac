package cn.gonghui.benefits.activity;

import cn.gonghui.orgreplica.ReplicaMember;
import cn.gonghui.orgreplica.ReplicaMembers;
import cn.gonghui.orgreplica.ReplicaScope;
import cn.gonghui.orgreplica.ReplicaUnion;
import cn.gonghui.paging.Page;
import cn.gonghui.paging.PageRequest;
import cn.gonghui.paging.SubtreeQuery;
import cn.gonghui.problems.ProblemException;
import cn.gonghui.scope.Caller;
import cn.gonghui.scope.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Activities 活动: planned by a union, signed up for from members' phones (places never overbooked: the
 * activity row is locked while a place is taken or freed), the waitlist promoted in order when a place
 * frees up, and attendance per session, with walk-ins counted too.
 */
@ApplicationScoped
public class ActivityService {

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
    cn.gonghui.events.Outbox outbox;

    /** Event: a member holds a place in an activity (at sign-up, or when promoted from the waitlist). */
    public record ActivityJoined(long signupId, long activityId, long memberId, long unionId, ActivityCategory category,
            OffsetDateTime at) {
    }

    private void joined(Signup s, Activity a) {
        outbox.record("ActivityJoined", "signups/" + s.id, new ActivityJoined(s.id, a.id, s.memberId, s.unionId, a.category,
                OffsetDateTime.now(clock)));
    }

    @Transactional
    public Activity plan(@NotNull @Valid ActivityRequests.Plan request) {
        unions.activeInScope(request.unionId(), "unionId");
        if (request.endsOn().isBefore(request.startsOn())) {
            throw ProblemException.invalid("endsOn", "must not be before startsOn");
        }
        if (request.signupClosesOn() != null && request.signupOpensOn() == null) {
            throw ProblemException.invalid("signupOpensOn", "is required with signupClosesOn");
        }
        if (request.signupOpensOn() != null && request.signupClosesOn() != null && request.signupClosesOn().isBefore(request.signupOpensOn())) {
            throw ProblemException.invalid("signupClosesOn", "must not be before signupOpensOn");
        }
        Activity a = new Activity();
        a.unionId = request.unionId();
        a.title = request.title().strip();
        a.category = request.category();
        a.audience = request.audience();
        a.membersOnly = request.membersOnly();
        a.series = request.series() == null || request.series().isBlank() ? null : request.series().strip();
        a.places = request.places();
        a.signupOpensOn = request.signupOpensOn();
        a.signupClosesOn = request.signupClosesOn();
        a.costFen = request.costFen() == null ? 0 : request.costFen();
        a.startsOn = request.startsOn();
        a.endsOn = request.endsOn();
        a.persistAndFlush();
        return a;
    }

    /**
     * An activity the caller may see: an officer their subtree's and those of the unions above them; a
     * member those of their union and the unions above it.
     */
    public Activity get(long id) {
        Activity a = Activity.findById(id);
        if (a == null || !visible(a)) {
            throw ProblemException.notFound("activity", id);
        }
        return a;
    }

    private boolean visible(Activity a) {
        if (caller.is(Roles.MEMBER)) {
            return ownMember().map(m -> under(m.unionId, a.unionId)).orElse(false);
        }
        return unions.reaches(a.unionId) || unions.above(a.unionId);
    }

    private static boolean under(long unionId, long ancestorId) {
        ReplicaUnion union = ReplicaUnion.findById(unionId);
        return union != null && union.path.contains("/" + ancestorId + "/");
    }

    private java.util.Optional<ReplicaMember> ownMember() {
        return caller.memberId().flatMap(members::find);
    }

    public ActivityViews.ActivityView view(Activity a) {
        Object[] counts = (Object[]) em.createNativeQuery("SELECT count(*) FILTER (WHERE status = 'CONFIRMED'),"
                + " count(*) FILTER (WHERE status = 'WAITLISTED') FROM signup WHERE activity_id = :id")
                .setParameter("id", a.id).getSingleResult();
        return new ActivityViews.ActivityView(a.id, a.unionId, a.title, a.category, a.audience, a.membersOnly, a.series, a.places,
                ((Number) counts[0]).longValue(), ((Number) counts[1]).longValue(), a.signupOpensOn, a.signupClosesOn, a.costFen,
                a.startsOn, a.endsOn, a.cancelled, a.version);
    }

    public Page<Activity> list(Long unionId, ActivityCategory category, PageRequest page) {
        return SubtreeQuery.of(Activity.class, "ReplicaUnion", "unionId", unions.listPath(unionId), page)
                .where("category", category)
                .fetch(em, a -> a.id);
    }

    @Transactional
    public ActivitySession addSession(long activityId, @NotNull @Valid ActivityRequests.Session request) {
        Activity a = own(activityId);
        if (request.heldOn().isBefore(a.startsOn) || request.heldOn().isAfter(a.endsOn)) {
            throw ProblemException.invalid("heldOn", "must lie between " + a.startsOn + " and " + a.endsOn);
        }
        ActivitySession s = new ActivitySession();
        s.activityId = a.id;
        s.heldOn = request.heldOn();
        s.place = request.place().strip();
        s.persistAndFlush();
        return s;
    }

    public List<ActivityViews.SessionView> sessions(long activityId) {
        Activity a = get(activityId);
        return ActivitySession.<ActivitySession>list("activityId = ?1 order by heldOn, id", a.id).stream()
                .map(s -> new ActivityViews.SessionView(s.id, s.activityId, s.heldOn, s.place, s.walkIns, attended(s.id)))
                .toList();
    }

    private long attended(long sessionId) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM attendance WHERE session_id = :s")
                .setParameter("s", sessionId).getSingleResult()).longValue();
    }

    /** 报名 from the member's phone: a place while there is one, else the waitlist; once per member. */
    @Transactional
    public Signup signUp(long activityId) {
        LocalDate today = LocalDate.now(clock);
        ReplicaMember member = ownMember().filter(m -> m.status == ReplicaMember.Status.ACTIVE)
                .orElseThrow(() -> ProblemException.forbidden("only an active member signs up; membership has not told benefits of yours"));
        Activity a = em.find(Activity.class, get(activityId).id, LockModeType.PESSIMISTIC_WRITE);
        if (a.category == ActivityCategory.SUMMER_CHILDCARE || a.category == ActivityCategory.CHILDRENS_CAMP) {
            throw ProblemException.invalid("activityId", "activity " + a.id + " takes children: enrol them at /activities/" + a.id + "/children");
        }
        a.requireSignupOpen(today);
        a.requireAudience(member.gender == null ? null : member.gender.name(), member.birthYear);
        if (Signup.count("activityId = ?1 and memberId = ?2 and status <> ?3", a.id, member.id, SignupStatus.CANCELLED) > 0) {
            throw ProblemException.conflict("activityId", "you have already signed up for activity " + a.id);
        }
        Signup s = new Signup();
        s.activityId = a.id;
        s.memberId = member.id;
        s.unionId = member.unionId;
        s.signedUpAt = OffsetDateTime.now(clock);
        s.status = a.hasRoom(Signup.count("activityId = ?1 and status = ?2", a.id, SignupStatus.CONFIRMED))
                ? SignupStatus.CONFIRMED : SignupStatus.WAITLISTED;
        s.persistAndFlush();
        if (s.status == SignupStatus.CONFIRMED) {
            joined(s, a);
        }
        return s;
    }

    /** 取消报名: the member's own; a freed place goes to the first on the waitlist. */
    @Transactional
    public Signup cancel(long signupId) {
        Signup s = Signup.findById(signupId);
        if (s == null || !caller.memberId().map(s.memberId::equals).orElse(false)) {
            throw ProblemException.notFound("sign-up", signupId);
        }
        Activity a = em.find(Activity.class, s.activityId, LockModeType.PESSIMISTIC_WRITE);
        if (s.status == SignupStatus.CANCELLED) {
            return s;
        }
        boolean freed = s.status == SignupStatus.CONFIRMED;
        s.status = SignupStatus.CANCELLED;
        em.flush();
        if (freed && a.hasRoom(Signup.count("activityId = ?1 and status = ?2", a.id, SignupStatus.CONFIRMED))) {
            Signup next = Signup.find("activityId = ?1 and status = ?2 order by signedUpAt, id", a.id, SignupStatus.WAITLISTED).firstResult();
            if (next != null) {
                next.status = SignupStatus.CONFIRMED;
                joined(next, a);
            }
        }
        em.flush();
        return s;
    }

    /** The member's own sign-ups. */
    public Page<Signup> mine(PageRequest page) {
        List<Signup> rows = Signup.find("memberId = ?1 and id > ?2 order by id", caller.requireMemberId(), page.afterId())
                .page(0, page.fetchSize()).list();
        return page.page(rows, s -> s.id);
    }

    /** The sign-ups of an activity the officer's union runs (or one below it). */
    public Page<Signup> signups(long activityId, PageRequest page) {
        Activity a = own(activityId);
        List<Signup> rows = Signup.find("activityId = ?1 and id > ?2 order by id", a.id, page.afterId()).page(0, page.fetchSize()).list();
        return page.page(rows, s -> s.id);
    }

    /** 签到: members who came (each once per session) and the walk-in headcount, as counted at the door. */
    @Transactional
    public ActivityViews.SessionView attend(long sessionId, @NotNull @Valid ActivityRequests.Attendance request) {
        ActivitySession s = ActivitySession.findById(sessionId);
        if (s == null) {
            throw ProblemException.notFound("session", sessionId);
        }
        Activity a = own(s.activityId);
        if (s.heldOn.isAfter(LocalDate.now(clock))) {
            throw ProblemException.invalidState("session " + s.id + " is on " + s.heldOn + "; attendance is taken on the day or after");
        }
        for (Long memberId : request.memberIds() == null ? List.<Long>of() : request.memberIds()) {
            ReplicaMember m = members.inSubtree(memberId, unions.prefix())
                    .orElseThrow(() -> ProblemException.invalid("memberIds", "member " + memberId + " does not exist or is outside your scope"));
            em.createNativeQuery("INSERT INTO attendance (session_id, member_id, union_id) VALUES (:s, :m, :u) ON CONFLICT DO NOTHING")
                    .setParameter("s", s.id).setParameter("m", m.id).setParameter("u", m.unionId).executeUpdate();
        }
        if (request.walkIns() != null) {
            s.walkIns = request.walkIns();
        }
        em.flush();
        return new ActivityViews.SessionView(s.id, a.id, s.heldOn, s.place, s.walkIns, attended(s.id));
    }

    /** An activity run by a union the officer reaches. */
    private Activity own(long activityId) {
        Activity a = Activity.findById(activityId);
        if (a == null || !unions.reaches(a.unionId)) {
            throw ProblemException.notFound("activity", activityId);
        }
        return a;
    }
}
