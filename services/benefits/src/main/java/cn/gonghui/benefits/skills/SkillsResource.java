package cn.gonghui.benefits.skills;

import cn.gonghui.benefits.activity.Activity;
import cn.gonghui.benefits.activity.ActivityCategory;
import cn.gonghui.idempotency.Idempotent;
import cn.gonghui.orgreplica.ReplicaMember;
import cn.gonghui.orgreplica.ReplicaMembers;
import cn.gonghui.orgreplica.ReplicaScope;
import cn.gonghui.paging.Page;
import cn.gonghui.paging.PageRequest;
import cn.gonghui.paging.SubtreeQuery;
import cn.gonghui.problems.PastDates;
import cn.gonghui.problems.ProblemException;
import cn.gonghui.scope.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 职工素质建设: qualifications per member, rationalisation proposals and innovation projects, competition results. */
@Path("/api/v1")
@Tag(name = "Skills 职工素质建设", description = "Skill-grade upgrades, technician titles and certificates per member; proposals and innovation "
        + "projects with their value; competition placings. Training and competitions themselves are activities.")
@RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SkillsResource {

    static final Set<ActivityCategory> COMPETITIONS = Set.of(ActivityCategory.SKILLS_COMPETITION, ActivityCategory.SPORTS, ActivityCategory.CULTURE);

    @Schema(name = "QualificationRecord")
    public record Qualify(@NotNull Long memberId, @NotNull Qualification.Kind kind, @NotBlank @Size(max = 200) String title,
            LocalDate obtainedOn) {
    }

    @Schema(name = "InnovationRecord")
    public record Innovate(@NotNull Long unionId, @NotNull Innovation.Kind kind, @NotBlank @Size(max = 200) String title,
            LocalDate submittedOn, @PositiveOrZero Long valueFen, boolean excellent) {
    }

    @Schema(name = "CompetitionResultRecord")
    public record Place(@NotNull Long unionId, @NotBlank @Size(max = 100) String event, @NotBlank @Size(max = 200) String entrant,
            boolean team, @NotNull @Min(1) @Max(1000) Integer place) {
    }

    @Schema(name = "AchievementRecord")
    public record Achieve(@NotNull Long memberId, @NotNull Achievement.Kind kind, @NotBlank @Size(max = 100) String body,
            @Size(max = 200) String title, LocalDate obtainedOn) {
    }

    @Schema(name = "CompetitionEntryRecord")
    public record Enter(@NotNull Long unionId, Long enterpriseId, @NotNull @Min(1) @Max(100000) Integer entrants) {
    }

    public record AchievementView(Long id, Long memberId, Long unionId, Achievement.Kind kind, String body, String title, LocalDate obtainedOn) {

        static AchievementView of(Achievement a) {
            return new AchievementView(a.id, a.memberId, a.unionId, a.kind, a.body, a.title, a.obtainedOn);
        }
    }

    public record EntryView(Long id, Long activityId, Long unionId, Long enterpriseId, int entrants) {

        static EntryView of(CompetitionEntry e) {
            return new EntryView(e.id, e.activityId, e.unionId, e.enterpriseId, e.entrants);
        }
    }

    public record QualificationView(Long id, Long memberId, Long unionId, Qualification.Kind kind, String title, LocalDate obtainedOn) {

        static QualificationView of(Qualification q) {
            return new QualificationView(q.id, q.memberId, q.unionId, q.kind, q.title, q.obtainedOn);
        }
    }

    public record InnovationView(Long id, Long unionId, Innovation.Kind kind, String title, LocalDate submittedOn, long valueFen,
            boolean excellent) {

        static InnovationView of(Innovation i) {
            return new InnovationView(i.id, i.unionId, i.kind, i.title, i.submittedOn, i.valueFen, i.excellent);
        }
    }

    public record ResultView(Long id, Long activityId, Long unionId, String event, String entrant, boolean team, int place) {

        static ResultView of(CompetitionResult r) {
            return new ResultView(r.id, r.activityId, r.unionId, r.event, r.entrant, r.team, r.place);
        }
    }

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    ReplicaScope unions;

    @Inject
    ReplicaMembers members;

    @POST
    @Path("/qualifications")
    @Idempotent
    @Transactional
    @Operation(summary = "Record a qualification 技能等级/技师/证书", description = "For a member of your subtree; the same kind and title once per member (409).")
    public Response qualify(@NotNull @Valid Qualify request) {
        ReplicaMember m = members.inSubtree(request.memberId(), unions.prefix())
                .orElseThrow(() -> ProblemException.invalid("memberId", "member " + request.memberId() + " does not exist or is outside your scope"));
        String title = request.title().strip();
        if (Qualification.count("memberId = ?1 and kind = ?2 and title = ?3", m.id, request.kind(), title) > 0) {
            throw ProblemException.conflict("title", "member " + m.id + " already holds " + request.kind() + " " + title);
        }
        Qualification q = new Qualification();
        q.memberId = m.id;
        q.unionId = m.unionId;
        q.kind = request.kind();
        q.title = title;
        q.obtainedOn = PastDates.orToday(request.obtainedOn(), clock, "obtainedOn");
        q.persistAndFlush();
        return Response.created(URI.create("/api/v1/qualifications?unionId=" + q.unionId)).entity(QualificationView.of(q)).build();
    }

    @GET
    @Path("/qualifications")
    @Operation(summary = "Qualifications in your subtree 技能提升列表", description = "unionId narrows to that union's subtree.")
    public Page<QualificationView> qualifications(@QueryParam("unionId") Long unionId, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return SubtreeQuery.of(Qualification.class, "ReplicaUnion", "unionId", unions.listPath(unionId), PageRequest.of(limit, cursor))
                .fetch(em, q -> q.id).map(QualificationView::of);
    }

    @POST
    @Path("/innovations")
    @Idempotent
    @Transactional
    @Operation(summary = "Record a proposal or an innovation project 合理化建议/创新攻关", description = "With the value it created (节创价值) in fen, once assessed.")
    public Response innovate(@NotNull @Valid Innovate request) {
        unions.activeInScope(request.unionId(), "unionId");
        Innovation i = new Innovation();
        i.unionId = request.unionId();
        i.kind = request.kind();
        i.title = request.title().strip();
        i.submittedOn = PastDates.orToday(request.submittedOn(), clock, "submittedOn");
        i.valueFen = request.valueFen() == null ? 0 : request.valueFen();
        i.excellent = request.excellent();
        i.persistAndFlush();
        return Response.created(URI.create("/api/v1/innovations?unionId=" + i.unionId)).entity(InnovationView.of(i)).build();
    }

    @GET
    @Path("/innovations")
    @Operation(summary = "Proposals and projects in your subtree 合理化建议与创新项目列表", description = "unionId narrows to that union's subtree.")
    public Page<InnovationView> innovations(@QueryParam("unionId") Long unionId, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return SubtreeQuery.of(Innovation.class, "ReplicaUnion", "unionId", unions.listPath(unionId), PageRequest.of(limit, cursor))
                .fetch(em, i -> i.id).map(InnovationView::of);
    }

    @POST
    @Path("/achievements")
    @Idempotent
    @Transactional
    @Operation(summary = "Record an achievement 入会/入选/获奖", description = "A member of your subtree joining an association (北京美协 …; once "
            + "per association), selected for an exhibition, or winning an award.")
    public Response achieve(@NotNull @Valid Achieve request) {
        ReplicaMember m = members.inSubtree(request.memberId(), unions.prefix())
                .orElseThrow(() -> ProblemException.invalid("memberId", "member " + request.memberId() + " does not exist or is outside your scope"));
        String body = request.body().strip();
        if (request.kind() == Achievement.Kind.ASSOCIATION_MEMBERSHIP
                && Achievement.count("memberId = ?1 and body = ?2 and kind = ?3", m.id, body, request.kind()) > 0) {
            throw ProblemException.conflict("body", "member " + m.id + " already belongs to " + body);
        }
        Achievement a = new Achievement();
        a.memberId = m.id;
        a.unionId = m.unionId;
        a.kind = request.kind();
        a.body = body;
        a.title = request.title() == null || request.title().isBlank() ? null : request.title().strip();
        a.obtainedOn = PastDates.orToday(request.obtainedOn(), clock, "obtainedOn");
        a.persistAndFlush();
        return Response.created(URI.create("/api/v1/achievements?unionId=" + a.unionId)).entity(AchievementView.of(a)).build();
    }

    @GET
    @Path("/achievements")
    @Operation(summary = "Achievements in your subtree 入会/入选/获奖列表", description = "unionId narrows to that union's subtree.")
    public Page<AchievementView> achievements(@QueryParam("unionId") Long unionId, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return SubtreeQuery.of(Achievement.class, "ReplicaUnion", "unionId", unions.listPath(unionId), PageRequest.of(limit, cursor))
                .fetch(em, a -> a.id).map(AchievementView::of);
    }

    @POST
    @Path("/activities/{id}/entries")
    @Idempotent
    @Transactional
    @Operation(summary = "Record a unit's entry 参赛单位", description = "A union of your subtree, or one of its enterprises, entering so many in "
            + "a competition; once per unit (409).")
    public Response enter(@PathParam("id") long id, @NotNull @Valid Enter request) {
        Activity a = competition(id);
        unions.activeInScope(request.unionId(), "unionId");
        if (request.enterpriseId() != null) {
            cn.gonghui.orgreplica.ReplicaEnterprise e = unions.enterpriseInScope(request.enterpriseId(), "enterpriseId");
            if (!e.unionId.equals(request.unionId())) {
                throw ProblemException.invalid("enterpriseId", "enterprise " + e.id + " belongs to union " + e.unionId);
            }
        }
        if (CompetitionEntry.count("activityId = ?1 and unionId = ?2 and " + (request.enterpriseId() == null ? "enterpriseId is null"
                : "enterpriseId = " + request.enterpriseId()), a.id, request.unionId()) > 0) {
            throw ProblemException.conflict("unionId", "this unit has entered competition " + a.id + " already");
        }
        CompetitionEntry e = new CompetitionEntry();
        e.activityId = a.id;
        e.unionId = request.unionId();
        e.enterpriseId = request.enterpriseId();
        e.entrants = request.entrants();
        e.persistAndFlush();
        return Response.created(URI.create("/api/v1/activities/" + id + "/entries")).entity(EntryView.of(e)).build();
    }

    @GET
    @Path("/activities/{id}/entries")
    @Operation(summary = "A competition's units 参赛单位列表", description = "In the order entered.")
    public List<EntryView> entries(@PathParam("id") long id) {
        return CompetitionEntry.<CompetitionEntry>list("activityId = ?1 order by id", competition(id).id).stream().map(EntryView::of).toList();
    }

    private Activity competition(long id) {
        Activity a = Activity.findById(id);
        if (a == null || !(unions.reaches(a.unionId) || unions.above(a.unionId))) {
            throw ProblemException.notFound("activity", id);
        }
        if (!COMPETITIONS.contains(a.category)) {
            throw ProblemException.invalid("activityId", "activity " + id + " is not a competition");
        }
        return a;
    }

    @POST
    @Path("/activities/{id}/results")
    @Idempotent
    @Transactional
    @Operation(summary = "Record a placing 比赛成绩", description = "In a competition the caller's subtree runs (a SKILLS_COMPETITION, SPORTS or CULTURE "
            + "activity), for an entrant of a union in the caller's subtree; once per event and entrant (409).")
    public Response place(@PathParam("id") long id, @NotNull @Valid Place request) {
        Activity a = Activity.findById(id);
        if (a == null || !unions.reaches(a.unionId)) {
            throw ProblemException.notFound("activity", id);
        }
        if (!COMPETITIONS.contains(a.category)) {
            throw ProblemException.invalid("activityId", "activity " + id + " is not a competition");
        }
        unions.activeInScope(request.unionId(), "unionId");
        String event = request.event().strip();
        String entrant = request.entrant().strip();
        if (CompetitionResult.count("activityId = ?1 and event = ?2 and entrant = ?3", a.id, event, entrant) > 0) {
            throw ProblemException.conflict("entrant", entrant + " already has a place in " + event);
        }
        CompetitionResult r = new CompetitionResult();
        r.activityId = a.id;
        r.unionId = request.unionId();
        r.event = event;
        r.entrant = entrant;
        r.team = request.team();
        r.place = request.place();
        r.persistAndFlush();
        return Response.created(URI.create("/api/v1/activities/" + id + "/results")).entity(ResultView.of(r)).build();
    }

    @GET
    @Path("/activities/{id}/results")
    @Operation(summary = "A competition's placings 比赛成绩列表", description = "By event and place.")
    public List<ResultView> results(@PathParam("id") long id) {
        Activity a = Activity.findById(id);
        if (a == null || !(unions.reaches(a.unionId) || unions.above(a.unionId))) {
            throw ProblemException.notFound("activity", id);
        }
        return CompetitionResult.<CompetitionResult>list("activityId = ?1 order by event, place, id", a.id).stream().map(ResultView::of).toList();
    }
}
