package cn.gonghui.assistance.campaign;

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

@Path("/api/v1/campaigns")
@Tag(name = "Campaigns 帮扶活动", description = "送温暖, 金秋助学, 夏送清凉, 急救救助 …: who may be helped, how much, from which fund and budget, when")
@RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN, Roles.FUND_MANAGER})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CampaignResource {

    @Inject
    CampaignService campaigns;

    @POST
    @Idempotent
    @RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN})
    @Operation(summary = "Launch a campaign 设立帮扶活动", description = "A CASH campaign pays from a fund the caller reaches; an IN_KIND one gives "
            + "goods or services valued in fen. The budget caps what approvals may commit.")
    public Response launch(CampaignRequests.Launch request) {
        CampaignView view = CampaignView.of(campaigns.launch(request));
        return Response.created(URI.create("/api/v1/campaigns/" + view.id())).tag(Preconditions.entityTag(view.version())).entity(view).build();
    }

    @GET
    @Operation(summary = "Campaigns of your subtree 活动列表", description = "unionId narrows to that union's subtree; kind filters.")
    public Page<CampaignView> list(@QueryParam("unionId") Long unionId, @QueryParam("kind") CampaignKind kind,
            @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return campaigns.list(unionId, kind, PageRequest.of(limit, cursor)).map(CampaignView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One campaign 活动详情", description = "Visible to the union that runs it, the unions above it and those under it.")
    public Response get(@PathParam("id") long id) {
        CampaignView view = CampaignView.of(campaigns.get(id));
        return Response.ok(view).tag(Preconditions.entityTag(view.version())).build();
    }
}
