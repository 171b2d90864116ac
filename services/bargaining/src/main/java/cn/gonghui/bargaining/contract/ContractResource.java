package cn.gonghui.bargaining.contract;

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
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/contracts")
@Tag(name = "Contracts 集体合同", description = "Collective contracts and special agreements through their legal life: 要约 → 协商 → 职代会审议 → "
        + "签字 → 报送 → 审查/生效 → 到期/续签 (集体合同规定; 劳动合同法 Art 51-56). A step not allowed from the contract's state is a 409 "
        + "naming the state and the steps allowed next; every contract carries its deadlines[] (due date, legal basis, overdue).")
@RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ContractResource {

    @Inject
    ContractService contracts;

    @Inject
    Clock clock;

    @POST
    @Idempotent
    @Operation(summary = "Send an offer 发出要约", description = "Either side offers to bargain (集体合同规定 Art 32); the other side answers in "
            + "writing within 20 days: answerDueOn = offeredOn + 20. unionId is the union that bargains; every enterprise must sit under "
            + "it and in your subtree (400 naming enterprises[i].enterpriseId), with no more workers than its headcount. A SINGLE "
            + "contract (单独签订) covers one enterprise; REGIONAL (区域性) and INDUSTRY (行业性) contracts cover several (劳动合同法 Art 53).")
    public Response offer(ContractRequests.Offer request) {
        return created(contracts.offer(request));
    }

    @GET
    @Operation(summary = "Contracts in your subtree 集体合同列表", description = "unionId narrows to that union's subtree; enterpriseId to the "
            + "contracts covering that enterprise; status and kind filter. "
            + "overdue=ANSWER lists offers not answered by their 20th day (Art 32); overdue=FILING signed contracts not filed by their "
            + "10th day (Art 42). renewalDue=true lists the 到期续签 drive: contracts in effect whose renewal window is open "
            + "(3 months before expiry, Art 38) or expired, with no renewal under way.")
    public Page<ContractView> list(@QueryParam("unionId") Long unionId, @QueryParam("enterpriseId") Long enterpriseId,
            @QueryParam("status") ContractStatus status,
            @QueryParam("kind") ContractKind kind, @QueryParam("overdue") ContractService.Overdue overdue,
            @QueryParam("renewalDue") boolean renewalDue, @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        LocalDate today = LocalDate.now(clock);
        return contracts.list(unionId, enterpriseId, status, kind, overdue, renewalDue, PageRequest.of(limit, cursor)).map(c -> ContractView.of(c, today));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One contract 集体合同详情", description = "404 unless the contract's union is in your subtree.")
    public Response get(@PathParam("id") long id) {
        return tagged(contracts.get(id));
    }

    @POST
    @Path("/{id}/answer")
    @Operation(summary = "Record the written answer 书面回应", description = "OFFERED → NEGOTIATING when accepted, REFUSED otherwise. An answer "
            + "after the 20th day (集体合同规定 Art 32) is recorded with answeredLate = true.")
    public Response answer(@PathParam("id") long id, ContractRequests.Answer request) {
        return tagged(contracts.answer(id, request));
    }

    @POST
    @Path("/{id}/rounds")
    @Idempotent
    @Operation(summary = "Record a negotiation round 协商会议", description = "While NEGOTIATING. Each side sends 3 to 10 negotiators, as many "
            + "as the other, with one chief negotiator 首席代表 (集体合同规定 Art 19; at most 10 a side as the 1994 规定 Art 8 and local regulations set); 400 naming the field otherwise.")
    public Response round(@PathParam("id") long id, ContractRequests.Round request) {
        ContractView.RoundView view = ContractView.RoundView.of(contracts.round(id, request));
        return Response.created(URI.create("/api/v1/contracts/" + id + "/rounds/" + view.roundNo())).entity(view).build();
    }

    @GET
    @Path("/{id}/rounds")
    @Operation(summary = "A contract's negotiation rounds 协商记录", description = "In order.")
    public List<ContractView.RoundView> rounds(@PathParam("id") long id) {
        return contracts.rounds(id).stream().map(ContractView.RoundView::of).toList();
    }

    @POST
    @Path("/{id}/congress-votes")
    @Idempotent
    @Operation(summary = "Record the 职代会 vote 职工代表大会审议", description = "On the negotiated draft (at least one round). Valid only with at "
            + "least two thirds of all representatives present; adopted only with more than half of ALL representatives in favour "
            + "(集体合同规定 Art 36). ADOPTED moves the contract on; REJECTED and NO_QUORUM leave it in negotiation. Every vote is kept.")
    public Response vote(@PathParam("id") long id, ContractRequests.Vote request) {
        CongressVote v = contracts.vote(id, request);
        ContractView.VoteView view = ContractView.VoteView.of(v, contracts.get(id).status);
        return Response.created(URI.create("/api/v1/contracts/" + id + "/congress-votes")).entity(view).build();
    }

    @GET
    @Path("/{id}/congress-votes")
    @Operation(summary = "A contract's 职代会 votes 审议记录", description = "In order, whatever their outcome.")
    public List<ContractView.VoteView> votes(@PathParam("id") long id) {
        ContractStatus status = contracts.get(id).status;
        return contracts.votes(id).stream().map(v -> ContractView.VoteView.of(v, status)).toList();
    }

    @POST
    @Path("/{id}/signing")
    @Operation(summary = "Sign 签字", description = "ADOPTED → SIGNED. The term is 1 to 3 years (集体合同规定 Art 38): termMonths 12 to 36 from "
            + "startsOn (default the signing day). Filing is due 10 days after signing (Art 42). Signing a renewal publishes "
            + "ContractRenewed.")
    public Response sign(@PathParam("id") long id, ContractRequests.Sign request) {
        return tagged(contracts.sign(id, request));
    }

    @POST
    @Path("/{id}/filing")
    @Operation(summary = "File with the labour administration 报送", description = "SIGNED → FILED on the day the human-resources bureau "
            + "received the text. After the 10th day since signing it is recorded as filed late (Art 42). The bureau may object "
            + "through reviewEndsOn = filedOn + 15 (Art 45-47).")
    public Response file(@PathParam("id") long id, ContractRequests.File request) {
        return tagged(contracts.file(id, request));
    }

    @POST
    @Path("/{id}/review")
    @Operation(summary = "Record the bureau's review 审查", description = "FILED only, through the 15th day after receipt (Art 45-47): APPROVED "
            + "makes it EFFECTIVE that day; OBJECTION sends the draft back to NEGOTIATING, to be voted, signed and filed again. From "
            + "the 16th day a contract without objection is in effect (Art 47: the scheduled job applies it) and a review is a 409.")
    public Response review(@PathParam("id") long id, ContractRequests.Review request) {
        return tagged(contracts.review(id, request));
    }

    @POST
    @Path("/{id}/withdrawal")
    @Operation(summary = "Withdraw 撤回", description = "Before signing: OFFERED, NEGOTIATING or ADOPTED → WITHDRAWN, with the reason.")
    public Response withdraw(@PathParam("id") long id, ContractRequests.Withdraw request) {
        return tagged(contracts.withdraw(id, request));
    }

    @POST
    @Path("/{id}/renewal")
    @Idempotent
    @Operation(summary = "Offer to renew 续签要约", description = "From 3 months before expiry (集体合同规定 Art 38), or after expiry: a new "
            + "offer (same union, kind, scope; the same enterprises unless given) linked by renewsId, with its own 20-day answer. "
            + "One renewal under way per contract (409). The renewal drive sends one per contract of GET /contracts?renewalDue=true, "
            + "each with its own Idempotency-Key.")
    public Response renew(@PathParam("id") long id, ContractRequests.Renew request) {
        return created(contracts.renew(id, request));
    }

    @POST
    @Path("/renewal-drive")
    @Idempotent
    @Operation(summary = "Start a renewal drive 要约行动", description = "A renewal offer (as POST /contracts/{id}/renewal) for every contract "
            + "of unionId's subtree whose renewal is due: in effect with the window open (3 months before expiry, 集体合同规定 Art 38), or "
            + "expired, and not already being renewed; at most 500 per call. A contract being renewed is not due, so a drive run again "
            + "starts nothing twice. Answers the offers started.")
    public List<ContractView> renewalDrive(ContractRequests.Drive request) {
        LocalDate today = LocalDate.now(clock);
        return contracts.renewalDrive(request).stream().map(c -> ContractView.of(c, today)).toList();
    }

    private Response created(Contract c) {
        ContractView view = ContractView.of(c, LocalDate.now(clock));
        return Response.created(URI.create("/api/v1/contracts/" + view.id())).tag(Preconditions.entityTag(view.version())).entity(view).build();
    }

    private Response tagged(Contract c) {
        ContractView view = ContractView.of(c, LocalDate.now(clock));
        return Response.ok(view).tag(Preconditions.entityTag(view.version())).build();
    }
}
