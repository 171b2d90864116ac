package cn.gonghui.mediation.supervision;

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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/inspections")
@Tag(name = "Labour-law supervision 劳动法律监督", description = "劳动法律监督员 and 三方机制协调员 of a union, appointed from a date to a date, and inspections of enterprises 监督检查")
@RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InspectionResource {

    @Inject
    SupervisionService supervision;

    @POST
    @Idempotent
    @Operation(summary = "Record an inspection 监督检查", description = "A union of your subtree inspected an enterprise (joint: with the "
            + "tripartite partners, 联合监督检查), with the issues found and the findings; inspectedOn not in the future.")
    public Response inspect(SupervisionRequests.Inspect request) {
        SupervisionRequests.InspectionView view = SupervisionRequests.InspectionView.of(supervision.inspect(request));
        return Response.created(URI.create("/api/v1/inspections/" + view.id())).entity(view).build();
    }

    @GET
    @Operation(summary = "Inspections of your subtree 监督检查台账", description = "unionId narrows to that union's subtree.")
    public Page<SupervisionRequests.InspectionView> list(@QueryParam("unionId") Long unionId, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return supervision.inspections(unionId, PageRequest.of(limit, cursor)).map(SupervisionRequests.InspectionView::of);
    }
}
