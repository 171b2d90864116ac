package cn.gonghui.assistance.grant;

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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/grants")
@Tag(name = "Grants 帮扶发放", description = "申请 → 核查 → 审批 → 公示 → 发放: one person, one grant per campaign across all unions; "
        + "an approval commits the money, an upheld objection gives it back, a payment is made once.")
@RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN, Roles.FUND_MANAGER})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GrantResource {

    @Inject
    GrantService grants;

    @POST
    @Idempotent
    @RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN})
    @Operation(summary = "Apply for a worker 代为申请", description = "For a hardship household give fileId; for anyone else idNumber, name "
            + "and unionId (the person is recognised across unions by membership's person registry). The campaign must be taking "
            + "applications today, the person eligible (HARDSHIP_FILE, MEMBER, ANY_WORKER; women only), the amount the campaign's. "
            + "409 when the person already holds a live grant in the campaign, through any union.")
    public Response apply(GrantRequests.Apply request) {
        return created(grants.apply(request));
    }

    @POST
    @Path("/self")
    @Idempotent
    @RolesAllowed(Roles.MEMBER)
    @Operation(summary = "Apply from the phone 会员自助申请", description = "For the member themselves: the ID number must be the one of the "
            + "member's own membership (403 otherwise). A member with an open hardship file applies as that household.")
    public Response applySelf(GrantRequests.ApplySelf request) {
        return created(grants.applyAsMember(request));
    }

    @GET
    @Path("/mine")
    @RolesAllowed(Roles.MEMBER)
    @Operation(summary = "My grants 我的帮扶", description = "The member's own grants, applied from the phone or entered for them.")
    public Page<GrantView> mine(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return grants.mine(PageRequest.of(limit, cursor)).map(GrantView::of);
    }

    @GET
    @Operation(summary = "Grants in your subtree 帮扶列表", description = "unionId narrows to that union's subtree; campaignId and status filter.")
    public Page<GrantView> list(@QueryParam("unionId") Long unionId, @QueryParam("campaignId") Long campaignId,
            @QueryParam("status") GrantStatus status, @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return grants.list(unionId, campaignId, status, PageRequest.of(limit, cursor)).map(GrantView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN, Roles.FUND_MANAGER, Roles.MEMBER})
    @Operation(summary = "One grant 帮扶详情", description = "A member sees only grants to themselves; 404 otherwise.")
    public Response get(@PathParam("id") long id) {
        return tagged(Response.ok(), grants.get(id));
    }

    @POST
    @Path("/{id}/verification")
    @RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN})
    @Operation(summary = "Record the check 核查", description = "SUBMITTED → VERIFIED. For a hardship household the check is also a home visit on its file.")
    public Response verify(@PathParam("id") long id, GrantRequests.Verify request) {
        return tagged(Response.ok(), grants.verify(id, request));
    }

    @POST
    @Path("/{id}/approval")
    @RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN})
    @Operation(summary = "Approve 审批", description = "VERIFIED → APPROVED, with the committee's decision reference. Commits the amount from the "
            + "campaign's budget and, for cash, from its fund: 409 when either has less left. Public notice 公示 runs from today "
            + "through noticeEndsOn = today + the campaign's noticeDays. Only the union that runs the campaign (or one above it) "
            + "approves: 403 for an officer below it.")
    public Response approve(@PathParam("id") long id, GrantRequests.Approve request) {
        return tagged(Response.ok(), grants.approve(id, request));
    }

    @POST
    @Path("/{id}/rejection")
    @RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN})
    @Operation(summary = "Reject 不予批准", description = "A SUBMITTED or VERIFIED application, with the reason.")
    public Response reject(@PathParam("id") long id, GrantRequests.Close request) {
        return tagged(Response.ok(), grants.reject(id, request));
    }

    @POST
    @Path("/{id}/withdrawal")
    @RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN, Roles.MEMBER})
    @Operation(summary = "Withdraw 撤回", description = "Before approval; a member withdraws their own application.")
    public Response withdraw(@PathParam("id") long id, GrantRequests.Close request) {
        return tagged(Response.ok(), grants.withdraw(id, request));
    }

    @POST
    @Path("/{id}/disbursement")
    @RolesAllowed({Roles.FUND_MANAGER, Roles.DISTRICT_ADMIN})
    @Operation(summary = "Pay 发放", description = "APPROVED → DISBURSED, from the day after public notice ends (at once for a campaign "
            + "without notice), with no objection open. Sending the same payment reference again returns the grant unchanged; "
            + "another reference for a paid grant is a 409.")
    public Response disburse(@PathParam("id") long id, GrantRequests.Disburse request) {
        return tagged(Response.ok(), grants.disburse(id, request));
    }

    @POST
    @Path("/{id}/objections")
    @RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN})
    @Operation(summary = "Record an objection 公示异议", description = "Only while the grant is on public notice (409 otherwise). "
            + "While it is open the grant cannot be paid.")
    public Response object(@PathParam("id") long id, GrantRequests.Raise request) {
        GrantView.ObjectionView view = GrantView.ObjectionView.of(grants.object(id, request));
        return Response.created(URI.create("/api/v1/grants/" + id + "/objections/" + view.id())).entity(view).build();
    }

    @GET
    @Path("/{id}/objections")
    @Operation(summary = "A grant's objections 异议列表", description = "Oldest first, open and resolved.")
    public List<GrantView.ObjectionView> objections(@PathParam("id") long id) {
        return grants.objections(id).stream().map(GrantView.ObjectionView::of).toList();
    }

    @POST
    @Path("/{id}/objections/{objectionId}/resolution")
    @RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN})
    @Operation(summary = "Resolve an objection 异议处理", description = "Upheld: the grant is CANCELLED and its amount goes back to the "
            + "campaign's budget and the fund. Dismissed: the grant goes on. Decided by the union that runs the campaign (403 below it).")
    public GrantView.ObjectionView resolve(@PathParam("id") long id, @PathParam("objectionId") long objectionId,
            GrantRequests.Resolve request) {
        return GrantView.ObjectionView.of(grants.resolve(id, objectionId, request));
    }

    private static Response created(Grant g) {
        GrantView view = GrantView.of(g);
        return Response.created(URI.create("/api/v1/grants/" + view.id())).tag(Preconditions.entityTag(view.version())).entity(view).build();
    }

    private static Response tagged(Response.ResponseBuilder builder, Grant g) {
        GrantView view = GrantView.of(g);
        return builder.tag(Preconditions.entityTag(view.version())).entity(view).build();
    }
}
