package cn.gonghui.bargaining.inspection;

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

@Path("/api/v1")
@Tag(name = "Inspections 检查督导", description = "协商档案检查 of enterprises' bargaining archives, and 三方联合督导: joint tripartite "
        + "inspections of unions with the labour bureau and the employers' side")
@RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InspectionResource {

    @Inject
    InspectionService inspections;

    @POST
    @Path("/archive-inspections")
    @Idempotent
    @Operation(summary = "Record an archive inspection 协商档案检查", description = "Of an enterprise in your subtree, with findings and "
            + "whether the archive passed.")
    public Response archive(InspectionRequests.Archive request) {
        InspectionViews.ArchiveView view = InspectionViews.ArchiveView.of(inspections.archive(request));
        return Response.created(URI.create("/api/v1/archive-inspections/" + view.id())).entity(view).build();
    }

    @GET
    @Path("/archive-inspections")
    @Operation(summary = "Archive inspections in your subtree 档案检查列表", description = "unionId narrows to that union's subtree; "
            + "enterpriseId filters.")
    public Page<InspectionViews.ArchiveView> archives(@QueryParam("unionId") Long unionId, @QueryParam("enterpriseId") Long enterpriseId,
            @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return inspections.archives(unionId, enterpriseId, PageRequest.of(limit, cursor)).map(InspectionViews.ArchiveView::of);
    }

    @GET
    @Path("/archive-inspections/{id}")
    @Operation(summary = "One archive inspection 档案检查详情", description = "404 unless the enterprise's union is in your subtree.")
    public InspectionViews.ArchiveView getArchive(@PathParam("id") long id) {
        return InspectionViews.ArchiveView.of(inspections.getArchive(id));
    }

    @POST
    @Path("/tripartite-inspections")
    @Idempotent
    @Operation(summary = "Record a joint tripartite inspection 三方联合督导", description = "Of a union in your subtree (usually a "
            + "second-level union 二级工会 and its enterprises), naming the partners and the findings.")
    public Response tripartite(InspectionRequests.Tripartite request) {
        InspectionViews.TripartiteView view = InspectionViews.TripartiteView.of(inspections.tripartite(request));
        return Response.created(URI.create("/api/v1/tripartite-inspections/" + view.id())).entity(view).build();
    }

    @GET
    @Path("/tripartite-inspections")
    @Operation(summary = "Tripartite inspections in your subtree 联合督导列表", description = "unionId narrows to that union's subtree.")
    public Page<InspectionViews.TripartiteView> tripartites(@QueryParam("unionId") Long unionId, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return inspections.tripartites(unionId, PageRequest.of(limit, cursor)).map(InspectionViews.TripartiteView::of);
    }

    @GET
    @Path("/tripartite-inspections/{id}")
    @Operation(summary = "One tripartite inspection 联合督导详情", description = "404 unless the union is in your subtree.")
    public InspectionViews.TripartiteView getTripartite(@PathParam("id") long id) {
        return InspectionViews.TripartiteView.of(inspections.getTripartite(id));
    }
}
