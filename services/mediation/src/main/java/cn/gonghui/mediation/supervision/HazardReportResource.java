package cn.gonghui.mediation.supervision;

import cn.gonghui.idempotency.Idempotent;
import cn.gonghui.paging.Page;
import cn.gonghui.paging.PageRequest;
import cn.gonghui.problems.Preconditions;
import cn.gonghui.scope.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/hazard-reports")
@Tag(name = "Hazard reports 隐患手机拍", description = "Safety hazards members photograph and report from the phone (安康杯), open until fixed")
@RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HazardReportResource {

    @Inject
    SupervisionService supervision;

    @POST
    @Idempotent
    @RolesAllowed(Roles.MEMBER)
    @Operation(summary = "Report a hazard from the phone 隐患随手拍", description = "The photo's reference in the app's store and what is "
            + "wrong; the enterprise defaults to the member's employer. Counts in the member's union's subtree. 409 while "
            + "mediation does not yet know the membership.")
    public Response report(SupervisionRequests.Report request) {
        SupervisionRequests.HazardView view = SupervisionRequests.HazardView.of(supervision.report(request));
        return Response.created(URI.create("/api/v1/hazard-reports/" + view.id())).tag(Preconditions.entityTag(view.version()))
                .entity(view).build();
    }

    @GET
    @Path("/mine")
    @RolesAllowed(Roles.MEMBER)
    @Operation(summary = "My hazard reports 我的隐患上报", description = "The member's own reports and what became of them.")
    public List<SupervisionRequests.HazardView> mine() {
        return supervision.mine().stream().map(SupervisionRequests.HazardView::of).toList();
    }

    @GET
    @Operation(summary = "Hazard reports of your subtree 隐患台账", description = "unionId narrows; status=REPORTED lists those still open.")
    public Page<SupervisionRequests.HazardView> list(@QueryParam("unionId") Long unionId, @QueryParam("status") HazardReport.Status status,
            @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return supervision.hazards(unionId, status, PageRequest.of(limit, cursor)).map(SupervisionRequests.HazardView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN, Roles.MEMBER})
    @Operation(summary = "One hazard report 隐患详情", description = "A member sees only their own; 404 otherwise.")
    public Response get(@PathParam("id") long id) {
        SupervisionRequests.HazardView view = SupervisionRequests.HazardView.of(supervision.hazard(id));
        return Response.ok(view).tag(Preconditions.entityTag(view.version())).build();
    }

    @POST
    @Path("/{id}/resolution")
    @Operation(summary = "Resolve a hazard 整改销号", description = "fixed=true: the enterprise fixed it (整改完成); false: dismissed. Once "
            + "(409 after), not before the report. Needs If-Match.")
    public Response resolve(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, SupervisionRequests.Resolve request) {
        SupervisionRequests.HazardView view = SupervisionRequests.HazardView.of(supervision.resolve(id, ifMatch, request));
        return Response.ok(view).tag(Preconditions.entityTag(view.version())).build();
    }
}
