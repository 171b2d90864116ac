package cn.gonghui.membership.area;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/areas")
@Tag(name = "Areas 区域", description = "Parks 园区, communities 社区, key office buildings 重点商务楼宇 and 自然片, and the union covering each (全覆盖)")
@RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AreaResource {

    @Inject
    AreaService areas;

    @POST
    @Idempotent
    @Operation(summary = "Register an area 区域登记",
            description = "unionId: the union whose territory it lies in, active and in your subtree. coveredByUnionId: the union "
                    + "covering it, that union or one under it (400 otherwise), since coveredOn (default today, never in the future).")
    public Response create(AreaRequests.Create request) {
        AreaView view = AreaView.of(areas.create(request));
        return Response.created(URI.create("/api/v1/areas/" + view.id())).tag(Preconditions.entityTag(view.version())).entity(view).build();
    }

    @GET
    @Operation(summary = "Areas in your subtree 区域列表", description = "unionId narrows to that union's subtree; kind filters.")
    public Page<AreaView> list(@QueryParam("unionId") Long unionId, @QueryParam("kind") AreaKind kind,
            @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return areas.list(unionId, kind, PageRequest.of(limit, cursor)).map(AreaView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One area 区域详情", description = "With ETag. An area outside your subtree: 404.")
    public Response get(@PathParam("id") long id) {
        AreaView view = AreaView.of(areas.get(id));
        return Response.ok(view).tag(Preconditions.entityTag(view.version())).build();
    }

    @POST
    @Path("/{id}/coverage")
    @Operation(summary = "Record the union covering an area 建会覆盖",
            description = "Needs If-Match. The union must be the area's territory union or under it, active and in your subtree; "
                    + "coveredOn default today. 409 when that union covers it already.")
    public Response cover(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, AreaRequests.Coverage request) {
        AreaView view = AreaView.of(areas.cover(id, ifMatch, request));
        return Response.ok(view).tag(Preconditions.entityTag(view.version())).build();
    }
}
