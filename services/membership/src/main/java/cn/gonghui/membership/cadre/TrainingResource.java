package cn.gonghui.membership.cadre;

import cn.gonghui.idempotency.Idempotent;
import cn.gonghui.paging.Page;
import cn.gonghui.paging.PageRequest;
import cn.gonghui.scope.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/trainings")
@Tag(name = "Cadres 工会干部")
@RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TrainingResource {

    @Inject
    TrainingService trainings;

    @POST
    @Idempotent
    @Operation(summary = "Record a cadre training 干部培训登记",
            description = "Organised by a union of your subtree on heldOn (default today, never in the future); mode IN_HOUSE "
                    + "请进来, STUDY_TRIP 走出去 or LECTURE. cadreIds: registered cadres in your subtree who attended; "
                    + "otherAttendees: the others, by number. At least one attendee.")
    public Response record(TrainingRequests.Create request) {
        TrainingView view = TrainingView.of(trainings.record(request));
        return Response.created(URI.create("/api/v1/trainings/" + view.id())).entity(view).build();
    }

    @GET
    @Operation(summary = "Trainings in your subtree 干部培训列表", description = "unionId narrows to that union's subtree; mode filters.")
    public Page<TrainingView> list(@QueryParam("unionId") Long unionId, @QueryParam("mode") TrainingMode mode,
            @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return trainings.list(unionId, mode, PageRequest.of(limit, cursor)).map(TrainingView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One training 干部培训详情", description = "A training outside your subtree: 404.")
    public TrainingView get(@PathParam("id") long id) {
        return TrainingView.of(trainings.get(id));
    }
}
