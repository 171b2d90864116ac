package cn.gonghui.membership.honour;

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

@Path("/api/v1/honours")
@Tag(name = "Honours 荣誉", description = "劳动模范, 先进工作者, 工人先锋号, 五一劳动奖章/奖状, 创新工作室, 模范集体, 模范职工之家, 表彰 …: "
        + "nominated (推荐/申报), conferred, not conferred or revoked, held by members, people, teams, enterprises, unions and service points")
@RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HonourResource {

    @Inject
    HonourService honours;

    @POST
    @Idempotent
    @Operation(summary = "Record an honour or a nomination 荣誉登记/推荐申报",
            description = "Each kind goes to its recipient types (docs/membership.md): a MEMBER (memberId), a PERSON who is not a "
                    + "member (personName), a TEAM (teamName, optionally enterpriseId), an ENTERPRISE (enterpriseId), a UNION "
                    + "(recipientUnionId) or a SERVICE_POINT (servicePointId). status NOMINATED or CONFERRED (default); a "
                    + "COMMENDATION needs a programme. year 1950 to this year; rewardFen ≥ 0. 409 when the recipient already "
                    + "holds the same honour, level and year (and programme).")
    public Response award(HonourRequests.Award request) {
        HonourView view = HonourView.of(honours.award(request));
        return Response.created(URI.create("/api/v1/honours/" + view.id())).tag(Preconditions.entityTag(view.version())).entity(view).build();
    }

    @GET
    @Operation(summary = "Honours in your subtree 荣誉列表",
            description = "unionId narrows to that union and the unions under it; year, kind, level and status filter.")
    public Page<HonourView> list(@QueryParam("unionId") Long unionId, @QueryParam("year") Integer year,
            @QueryParam("kind") HonourKind kind, @QueryParam("level") HonourLevel level,
            @QueryParam("status") HonourStatus status, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return honours.list(unionId, year, kind, level, status, PageRequest.of(limit, cursor)).map(HonourView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One honour 荣誉详情")
    public Response get(@PathParam("id") long id) {
        HonourView view = HonourView.of(honours.get(id));
        return Response.ok(view).tag(Preconditions.entityTag(view.version())).build();
    }

    @POST
    @Path("/{id}/decision")
    @Operation(summary = "Decide a nomination 评审结果",
            description = "outcome CONFERRED (awardedOn = on) or NOT_CONFERRED, on a day (default today, not before nominatedOn, "
                    + "never in the future). Needs If-Match. 409 unless the honour is NOMINATED.")
    public Response decide(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, HonourRequests.Decision request) {
        HonourView view = HonourView.of(honours.decide(id, ifMatch, request));
        return Response.ok(view).tag(Preconditions.entityTag(view.version())).build();
    }

    @POST
    @Path("/{id}/revoke")
    @Operation(summary = "Revoke a conferred honour 撤销荣誉",
            description = "On a day (default today, not before awardedOn), with a reason. Needs If-Match. 409 unless CONFERRED.")
    public Response revoke(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, HonourRequests.Revocation request) {
        HonourView view = HonourView.of(honours.revoke(id, ifMatch, request));
        return Response.ok(view).tag(Preconditions.entityTag(view.version())).build();
    }
}
