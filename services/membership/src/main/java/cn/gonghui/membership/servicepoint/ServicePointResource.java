package cn.gonghui.membership.servicepoint;

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
import jakarta.ws.rs.PATCH;
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

@Path("/api/v1/service-points")
@Tag(name = "Service points 服务阵地", description = "职工之家 (星级), 暖心驿站, 心灵驿站, 母婴关爱室, 工会服务站; members find the nearest one")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ServicePointResource {

    @Inject
    ServicePointService points;

    @POST
    @Idempotent
    @RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN})
    @Operation(summary = "Register a service point 服务阵地登记",
            description = "Run by a union in your subtree. stars (1-5) only for a 职工之家 (WORKERS_HOME); latitude and longitude in WGS-84 degrees.")
    public Response create(ServicePointRequests.Create request) {
        ServicePointView view = ServicePointView.of(points.create(request));
        return Response.created(URI.create("/api/v1/service-points/" + view.id())).tag(Preconditions.entityTag(view.version())).entity(view).build();
    }

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN})
    @Operation(summary = "Service points in your subtree 服务阵地列表",
            description = "unionId narrows to that union and the unions under it; kind filters.")
    public Page<ServicePointView> list(@QueryParam("unionId") Long unionId, @QueryParam("kind") ServicePointKind kind,
            @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return points.list(unionId, kind, PageRequest.of(limit, cursor)).map(ServicePointView::of);
    }

    @GET
    @Path("/nearest")
    @RolesAllowed({Roles.MEMBER, Roles.OFFICER, Roles.DISTRICT_ADMIN, Roles.MEDIATOR, Roles.FUND_MANAGER, Roles.INSURER,
            Roles.MERCHANT})
    @Operation(summary = "Nearest service points 附近的暖心驿站/职工之家",
            description = "Nearest first with distanceMeters (great-circle). lat -90..90 and lng -180..180 are required; "
                    + "limit 1-50, default 10; kind filters. One page only: nextCursor is always null.")
    public Page<NearbyServicePoint> nearest(@QueryParam("lat") String lat, @QueryParam("lng") String lng,
            @QueryParam("limit") Integer limit, @QueryParam("kind") ServicePointKind kind) {
        return new Page<>(points.nearest(lat, lng, limit, kind), null);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.MEMBER, Roles.OFFICER, Roles.DISTRICT_ADMIN, Roles.MEDIATOR, Roles.FUND_MANAGER, Roles.INSURER,
            Roles.MERCHANT})
    @Operation(summary = "One service point 服务阵地详情")
    public Response get(@PathParam("id") long id) {
        ServicePointView view = ServicePointView.of(points.get(id));
        return Response.ok(view).tag(Preconditions.entityTag(view.version())).build();
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN})
    @Operation(summary = "Update a service point 服务阵地信息变更",
            description = "Needs If-Match with the ETag of your last read. Changing kind away from WORKERS_HOME drops the stars.")
    public Response update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            ServicePointRequests.Update request) {
        ServicePointView view = ServicePointView.of(points.update(id, ifMatch, request));
        return Response.ok(view).tag(Preconditions.entityTag(view.version())).build();
    }
}
