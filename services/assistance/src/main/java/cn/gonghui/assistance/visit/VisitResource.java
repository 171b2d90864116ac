package cn.gonghui.assistance.visit;

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

@Path("/api/v1/visits")
@Tag(name = "Visits 走访慰问", description = "Condolence visits to hardship households, enterprises, model workers and frontline workers")
@RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VisitResource {

    @Inject
    VisitService visits;

    @POST
    @Idempotent
    @Operation(summary = "Record a visit 走访慰问登记", description = "HOUSEHOLD with fileId, ENTERPRISE with enterpriseId, MODEL_WORKER "
            + "with memberId (or unionId), FRONTLINE with unionId; all in your subtree.")
    public Response record(VisitRequests.Record request) {
        VisitView view = VisitView.of(visits.record(request));
        return Response.created(URI.create("/api/v1/visits/" + view.id())).entity(view).build();
    }

    @GET
    @Operation(summary = "Visits in your subtree 走访列表", description = "unionId narrows to that union's subtree; target and campaignId filter.")
    public Page<VisitView> list(@QueryParam("unionId") Long unionId, @QueryParam("target") VisitTarget target,
            @QueryParam("campaignId") Long campaignId, @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return visits.list(unionId, target, campaignId, PageRequest.of(limit, cursor)).map(VisitView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One visit 走访详情", description = "404 unless the visit's union is in your subtree.")
    public VisitView get(@PathParam("id") long id) {
        return VisitView.of(visits.get(id));
    }
}
