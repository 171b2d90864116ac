package cn.gonghui.benefits.insurance;

import cn.gonghui.idempotency.Idempotent;
import cn.gonghui.paging.Page;
import cn.gonghui.paging.PageRequest;
import cn.gonghui.scope.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The insurer partner API; docs/partner-api.md is its guide. */
@Path("/api/v1/insurer")
@Tag(name = "Insurer API 保险公司接口", description = "For the insurer's systems (role insurer, its partnerId): its plans, the enrolment change feed, "
        + "claim batches and status updates, webhooks, reconciliation. An insurer sees only its own.")
@RolesAllowed(Roles.INSURER)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InsurerResource {

    @Inject
    InsurerService insurer;

    @Inject
    InsuranceService insurance;

    @GET
    @Path("/plans")
    @Operation(summary = "My plans 我方计划", description = "The plans offered under your partnerId.")
    public List<InsuranceViews.PlanView> plans() {
        return insurer.plans().stream().map(InsuranceViews.PlanView::of).toList();
    }

    @GET
    @Path("/plans/{id}/periods")
    @Operation(summary = "A plan's cover periods 保障期", description = "404 for another insurer's plan.")
    public List<InsuranceViews.PeriodView> periods(@PathParam("id") long id) {
        return insurer.periods(id).stream().map(InsuranceViews.PeriodView::of).toList();
    }

    @GET
    @Path("/enrolment-changes")
    @Operation(summary = "Enrolment change feed 参保变动", description = "The changes after since (0 for the start), at most limit (1–1000, "
            + "default 200), in order; pass nextCursor as since to go on. Replayable from any cursor; the same cursor and limit "
            + "always give the same page.")
    public InsuranceViews.FeedPage feed(@QueryParam("since") Long since, @QueryParam("limit") Integer limit) {
        return insurer.feed(since, limit);
    }

    @POST
    @Path("/claims")
    @Idempotent
    @Operation(summary = "Submit a batch of claims 理赔批量提交", description = "Up to 1000 claims, each with your own insurerClaimId. Send an "
            + "Idempotency-Key: the same key and body again returns the first answer; the same key with another body is a 409. Good "
            + "claims are stored, bad ones reported (index, field, problem); a claim id received before is reported alreadyReceived.")
    public Response submit(InsuranceRequests.ClaimBatch batch) {
        return Response.ok(insurer.submit(batch)).build();
    }

    @GET
    @Path("/claims")
    @Operation(summary = "My claims 理赔列表", description = "Your claims in the order received; status filters.")
    public Page<InsuranceViews.ClaimView> claims(@QueryParam("status") Claim.Status status, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return insurer.claims(status, PageRequest.of(limit, cursor)).map(c -> InsuranceViews.ClaimView.of(c, insurance.diagnosis(c)));
    }

    @GET
    @Path("/claims/{insurerClaimId}")
    @Operation(summary = "One claim 理赔详情", description = "By your claim id; 404 for another insurer's.")
    public InsuranceViews.ClaimView claim(@PathParam("insurerClaimId") String insurerClaimId) {
        Claim c = insurer.claim(insurerClaimId);
        return InsuranceViews.ClaimView.of(c, insurance.diagnosis(c));
    }

    @PUT
    @Path("/claims/{insurerClaimId}/status")
    @Operation(summary = "Update a claim's status 理赔状态", description = "SUBMITTED → APPROVED or REJECTED → PAID (with paidFen). The same status "
            + "again changes nothing; any other step is a 409.")
    public InsuranceViews.ClaimView status(@PathParam("insurerClaimId") String insurerClaimId, InsuranceRequests.StatusUpdate request) {
        Claim c = insurer.status(insurerClaimId, request);
        return InsuranceViews.ClaimView.of(c, insurance.diagnosis(c));
    }

    @PUT
    @Path("/webhook")
    @Operation(summary = "Set the webhook endpoint 回调地址", description = "Where enrolment changes are posted, signed per Standard Webhooks. The "
            + "secret is returned when the endpoint is first made.")
    public InsuranceViews.WebhookView webhook(InsuranceRequests.Webhook request) {
        return insurer.webhook(request);
    }

    @POST
    @Path("/webhook/rotation")
    @Operation(summary = "Rotate the webhook secret 更换密钥", description = "A new secret; for 24 hours messages carry signatures with both.")
    public InsuranceViews.WebhookView rotate() {
        return insurer.rotate();
    }

    @GET
    @Path("/webhook/deliveries")
    @Operation(summary = "Webhook delivery log 推送记录", description = "Every message, its attempts, last status and error.")
    public Page<InsuranceViews.DeliveryView> deliveries(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return insurer.deliveries(PageRequest.of(limit, cursor)).map(InsuranceViews.DeliveryView::of);
    }

    @POST
    @Path("/reconciliations")
    @Operation(summary = "Daily reconciliation 对账", description = "Your totals per status for the claims submitted by asOf; the answer holds "
            + "ours beside them and each difference. Sending the same day again replaces that day's report.")
    public InsuranceViews.ReconciliationView reconcile(InsuranceRequests.Totals request) {
        return insurer.reconcile(request);
    }
}
