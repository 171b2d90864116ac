package cn.gonghui.benefits.learning;

import cn.gonghui.idempotency.Idempotent;
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
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 线上学习: courses and the members enrolled, once each. Small enough that the resource holds the rules. */
@Path("/api/v1/online-courses")
@Tag(name = "Online learning 线上学习", description = "Online courses of a union and the members who enrolled from their phones")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CourseResource {

    @Schema(name = "OnlineCourseRecord")
    public record Offer(@NotNull Long unionId, @NotBlank @Size(max = 200) String title, @NotNull LocalDate opensOn) {
    }

    public record CourseView(Long id, Long unionId, String title, LocalDate opensOn, long learners) {
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

    @POST
    @Idempotent
    @Transactional
    @RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN})
    @Operation(summary = "Offer a course 发布线上课程", description = "For the members of unionId's subtree.")
    public Response offer(@NotNull @Valid Offer request) {
        unions.activeInScope(request.unionId(), "unionId");
        OnlineCourse c = new OnlineCourse();
        c.unionId = request.unionId();
        c.title = request.title().strip();
        c.opensOn = request.opensOn();
        c.persistAndFlush();
        return Response.created(URI.create("/api/v1/online-courses/" + c.id)).entity(view(c)).build();
    }

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN})
    @Operation(summary = "Courses of your subtree 线上课程列表", description = "With the members enrolled.")
    public Page<CourseView> list(@QueryParam("unionId") Long unionId, @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return SubtreeQuery.of(OnlineCourse.class, "ReplicaUnion", "unionId", unions.listPath(unionId), PageRequest.of(limit, cursor))
                .fetch(em, c -> c.id).map(this::view);
    }

    @POST
    @Path("/{id}/enrolments")
    @Transactional
    @RolesAllowed(Roles.MEMBER)
    @Operation(summary = "Enrol 报名学习", description = "The member, once (enrolling again changes nothing), from the day the course opens; "
            + "courses of the member's union and the unions above it only (404 otherwise).")
    public CourseView enrol(@PathParam("id") long id) {
        ReplicaMember member = caller.memberId().flatMap(members::find).filter(m -> m.status == ReplicaMember.Status.ACTIVE)
                .orElseThrow(() -> ProblemException.forbidden("only an active member enrols"));
        OnlineCourse c = OnlineCourse.findById(id);
        ReplicaUnion union = ReplicaUnion.findById(member.unionId);
        if (c == null || union == null || !union.path.contains("/" + c.unionId + "/")) {
            throw ProblemException.notFound("course", id);
        }
        LocalDate today = LocalDate.now(clock);
        if (today.isBefore(c.opensOn)) {
            throw ProblemException.invalidState("course " + id + " opens on " + c.opensOn);
        }
        em.createNativeQuery("INSERT INTO online_enrolment (course_id, member_id, union_id, enrolled_on) VALUES (:c, :m, :u, :on)"
                        + " ON CONFLICT DO NOTHING")
                .setParameter("c", c.id).setParameter("m", member.id).setParameter("u", member.unionId).setParameter("on", today)
                .executeUpdate();
        return view(c);
    }

    private CourseView view(OnlineCourse c) {
        Number learners = (Number) em.createNativeQuery("SELECT count(*) FROM online_enrolment WHERE course_id = :c")
                .setParameter("c", c.id).getSingleResult();
        return new CourseView(c.id, c.unionId, c.title, c.opensOn, learners.longValue());
    }
}
