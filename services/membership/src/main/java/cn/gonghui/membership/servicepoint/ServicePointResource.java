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
@Tag(name = "Service points 服务阵地", description = "职工之家, 暖心驿站, 心灵驿站, 母婴关爱室, 工会服务站, 职工书屋 …: opened and closed, "
        + "funded, inspected and star-rated; members find the nearest open one")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ServicePointResource {

    @Inject
    ServicePointService points;

    @POST
    @Idempotent
    @RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN})
    @Operation(summary = "Register a service point 服务阵地登记",
            description = "Run by a union in your subtree. stars (1-5) only for a 职工之家 (WORKERS_HOME) or 工会服务站 (SERVICE_STATION); "
                    + "latitude and longitude in WGS-84 degrees. status PLANNED, BUILDING or OPEN (default); openedOn only when "
                    + "OPEN (default today, never in the future). recognitionLevel only for a 职工书屋 (WORKERS_LIBRARY).")
    public Response create(ServicePointRequests.Create request) {
        ServicePointView view = ServicePointView.of(points.create(request));
        return Response.created(URI.create("/api/v1/service-points/" + view.id())).tag(Preconditions.entityTag(view.version())).entity(view).build();
    }

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN})
    @Operation(summary = "Service points in your subtree 服务阵地列表",
            description = "unionId narrows to that union and the unions under it; kind and status filter.")
    public Page<ServicePointView> list(@QueryParam("unionId") Long unionId, @QueryParam("kind") ServicePointKind kind,
            @QueryParam("status") ServicePointStatus status, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return points.list(unionId, kind, status, PageRequest.of(limit, cursor)).map(ServicePointView::of);
    }

    @GET
    @Path("/nearest")
    @RolesAllowed({Roles.MEMBER, Roles.OFFICER, Roles.DISTRICT_ADMIN, Roles.MEDIATOR, Roles.FUND_MANAGER, Roles.INSURER,
            Roles.MERCHANT})
    @Operation(summary = "Nearest service points 附近的暖心驿站/职工之家",
            description = "Open points only (status OPEN), nearest first with distanceMeters (great-circle). lat -90..90 and lng -180..180 are required; "
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
            description = "Needs If-Match with the ETag of your last read. Changing kind away from a star-rated kind drops the "
                    + "stars, away from WORKERS_LIBRARY the recognition level. Status and its dates change by the actions below.")
    public Response update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            ServicePointRequests.Update request) {
        ServicePointView view = ServicePointView.of(points.update(id, ifMatch, request));
        return Response.ok(view).tag(Preconditions.entityTag(view.version())).build();
    }

    @POST
    @Path("/{id}/start-building")
    @RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN})
    @Operation(summary = "Start building a planned point 开工建设", description = "PLANNED → BUILDING; 409 from any other status.")
    public Response startBuilding(@PathParam("id") long id) {
        return withTag(ServicePointView.of(points.startBuilding(id)));
    }

    @POST
    @Path("/{id}/open")
    @RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN})
    @Operation(summary = "Open a point 建成开放 / 恢复开放",
            description = "From PLANNED or BUILDING: opens on `on` (default today, never in the future), which is openedOn. "
                    + "From SUSPENDED: open again, openedOn unchanged. 409 from OPEN or CLOSED.")
    public Response open(@PathParam("id") long id, ServicePointRequests.StatusChange request) {
        return withTag(ServicePointView.of(points.open(id, request)));
    }

    @POST
    @Path("/{id}/suspend")
    @RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN})
    @Operation(summary = "Suspend an open point 暂停", description = "OPEN → SUSPENDED; it still counts in the stock, "
            + "but nearest no longer shows it.")
    public Response suspend(@PathParam("id") long id) {
        return withTag(ServicePointView.of(points.suspend(id)));
    }

    @POST
    @Path("/{id}/close")
    @RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN})
    @Operation(summary = "Close a point 关闭", description = "For good, on `on` (default today; not before openedOn, "
            + "never in the future), which is closedOn. 409 when already closed.")
    public Response close(@PathParam("id") long id, ServicePointRequests.StatusChange request) {
        return withTag(ServicePointView.of(points.close(id, request)));
    }

    @POST
    @Idempotent
    @Path("/{id}/fundings")
    @RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN})
    @Operation(summary = "Record money paid to a point 经费拨付",
            description = "amountFen > 0, source (who paid), purpose, paidOn (default today, never in the future).")
    public Response fund(@PathParam("id") long id, ServicePointRequests.Funding request) {
        var view = ServicePointRecords.FundingView.of(points.fund(id, request));
        return Response.created(URI.create("/api/v1/service-points/" + id + "/fundings")).entity(view).build();
    }

    @GET
    @Path("/{id}/fundings")
    @RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN})
    @Operation(summary = "Money paid to a point 经费记录", description = "All of them, by paidOn; one page only.")
    public Page<ServicePointRecords.FundingView> fundings(@PathParam("id") long id) {
        return new Page<>(points.fundings(id).stream().map(ServicePointRecords.FundingView::of).toList(), null);
    }

    @POST
    @Idempotent
    @Path("/{id}/inspections")
    @RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN})
    @Operation(summary = "Record an acceptance check or inspection 验收/年检",
            description = "kind ACCEPTANCE, ANNUAL or STANDARDISATION; result PASSED or FAILED; inspectedOn default today. "
                    + "409 for a point that is only PLANNED.")
    public Response inspect(@PathParam("id") long id, ServicePointRequests.Inspection request) {
        var view = ServicePointRecords.InspectionView.of(points.inspect(id, request));
        return Response.created(URI.create("/api/v1/service-points/" + id + "/inspections")).entity(view).build();
    }

    @GET
    @Path("/{id}/inspections")
    @RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN})
    @Operation(summary = "A point's acceptance checks and inspections 验收/年检记录", description = "All of them, by date; one page only.")
    public Page<ServicePointRecords.InspectionView> inspections(@PathParam("id") long id) {
        return new Page<>(points.inspections(id).stream().map(ServicePointRecords.InspectionView::of).toList(), null);
    }

    @POST
    @Idempotent
    @Path("/{id}/ratings")
    @RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN})
    @Operation(summary = "Record a star rating 星级评定",
            description = "Only a WORKERS_HOME or SERVICE_STATION (400 stars otherwise), only an opened point (409). "
                    + "The point's stars become these. ratedOn default today; batch e.g. 首批.")
    public Response rate(@PathParam("id") long id, ServicePointRequests.Rating request) {
        var view = ServicePointRecords.RatingView.of(points.rate(id, request));
        return Response.created(URI.create("/api/v1/service-points/" + id + "/ratings")).entity(view).build();
    }

    @GET
    @Path("/{id}/ratings")
    @RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN})
    @Operation(summary = "A point's star ratings 星级评定记录", description = "All of them, by date; one page only.")
    public Page<ServicePointRecords.RatingView> ratings(@PathParam("id") long id) {
        return new Page<>(points.ratings(id).stream().map(ServicePointRecords.RatingView::of).toList(), null);
    }

    private static Response withTag(ServicePointView view) {
        return Response.ok(view).tag(Preconditions.entityTag(view.version())).build();
    }
}
