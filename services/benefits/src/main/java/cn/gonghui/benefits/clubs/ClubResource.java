package cn.gonghui.benefits.clubs;

import cn.gonghui.idempotency.Idempotent;
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

/** 兴趣组织: small enough that the resource holds the rules. */
@Path("/api/v1/interest-clubs")
@Tag(name = "Interest clubs 兴趣组织", description = "A union's interest clubs, counted as of a date")
@RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClubResource {

    @Schema(name = "InterestClubRecord")
    public record Found(@NotNull Long unionId, @NotBlank @Size(max = 100) String name, LocalDate foundedOn) {
    }

    @Schema(name = "InterestClubClosing")
    public record Close(LocalDate closedOn) {
    }

    public record ClubView(Long id, Long unionId, String name, LocalDate foundedOn, LocalDate closedOn) {

        static ClubView of(InterestClub c) {
            return new ClubView(c.id, c.unionId, c.name, c.foundedOn, c.closedOn);
        }
    }

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    ReplicaScope unions;

    @POST
    @Idempotent
    @Transactional
    @Operation(summary = "Found a club 成立兴趣组织", description = "foundedOn defaults to today and may not be in the future.")
    public Response found(@NotNull @Valid Found request) {
        unions.activeInScope(request.unionId(), "unionId");
        InterestClub c = new InterestClub();
        c.unionId = request.unionId();
        c.name = request.name().strip();
        c.foundedOn = PastDates.orToday(request.foundedOn(), clock, "foundedOn");
        c.persistAndFlush();
        return Response.created(URI.create("/api/v1/interest-clubs/" + c.id)).entity(ClubView.of(c)).build();
    }

    @GET
    @Operation(summary = "Clubs of your subtree 兴趣组织列表", description = "Including closed ones (closedOn set).")
    public Page<ClubView> list(@QueryParam("unionId") Long unionId, @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return SubtreeQuery.of(InterestClub.class, "ReplicaUnion", "unionId", unions.listPath(unionId), PageRequest.of(limit, cursor))
                .fetch(em, c -> c.id).map(ClubView::of);
    }

    @POST
    @Path("/{id}/closing")
    @Transactional
    @Operation(summary = "Close a club 撤销", description = "closedOn defaults to today; 409 when it was closed already.")
    public ClubView close(@PathParam("id") long id, @NotNull @Valid Close request) {
        InterestClub c = InterestClub.findById(id);
        if (c == null || !unions.reaches(c.unionId)) {
            throw ProblemException.notFound("interest club", id);
        }
        if (c.closedOn != null) {
            throw ProblemException.invalidState("club " + id + " closed on " + c.closedOn);
        }
        LocalDate on = PastDates.orToday(request.closedOn(), clock, "closedOn");
        if (on.isBefore(c.foundedOn)) {
            throw ProblemException.invalid("closedOn", "must not be before the club was founded (" + c.foundedOn + ")");
        }
        c.closedOn = on;
        return ClubView.of(c);
    }
}
