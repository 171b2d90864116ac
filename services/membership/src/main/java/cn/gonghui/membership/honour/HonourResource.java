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
@Tag(name = "Honours 荣誉", description = "劳动模范/先进工作者, 工人先锋号, 五一劳动奖章/奖状, 职工创新工作室 held by members, teams and enterprises")
@RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HonourResource {

    @Inject
    HonourService honours;

    @POST
    @Idempotent
    @Operation(summary = "Record an honour 荣誉登记",
            description = "劳动模范 and 五一劳动奖章 go to a MEMBER (memberId), 工人先锋号 to a TEAM (teamName, optionally enterpriseId), "
                    + "五一劳动奖状 to an ENTERPRISE (enterpriseId) or a TEAM, 职工创新工作室 to a TEAM or an ENTERPRISE. "
                    + "year 1950 to this year. 409 when the recipient already holds the same honour, level and year.")
    public Response award(HonourRequests.Award request) {
        HonourView view = HonourView.of(honours.award(request));
        return Response.created(URI.create("/api/v1/honours/" + view.id())).tag(Preconditions.entityTag(view.version())).entity(view).build();
    }

    @GET
    @Operation(summary = "Honours in your subtree 荣誉列表",
            description = "unionId narrows to that union and the unions under it; year, kind and level filter.")
    public Page<HonourView> list(@QueryParam("unionId") Long unionId, @QueryParam("year") Integer year,
            @QueryParam("kind") HonourKind kind, @QueryParam("level") HonourLevel level, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return honours.list(unionId, year, kind, level, PageRequest.of(limit, cursor)).map(HonourView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One honour 荣誉详情")
    public Response get(@PathParam("id") long id) {
        HonourView view = HonourView.of(honours.get(id));
        return Response.ok(view).tag(Preconditions.entityTag(view.version())).build();
    }
}
