package cn.gonghui.mediation.dispute;

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
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/cases")
@Tag(name = "Cases 劳动争议案件", description = "受理 → 指派 → 调解 → 调解协议 (签字生效) → 履行, or 仲裁衔接, or 撤回; 15 days from receipt "
        + "(劳动争议调解仲裁法 Art 14); claimed, agreed and paid money kept apart; 立卷 formal or simple.")
@RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN, Roles.MEDIATOR})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CaseResource {

    @Inject
    IntakeService intake;

    @Inject
    OutcomeService outcomes;

    @Inject
    CaseAccess access;

    @Inject
    Clock clock;

    @POST
    @Idempotent
    @Operation(summary = "Receive an application 受理", description = "At a centre you manage or mediate at. The applicant is recognised by "
            + "the ID number (membership's person registry: a member is linked to their membership). Claims by category with the "
            + "amount claimed in fen. An oral application needs the phone (Art 12). 10 or more workers make a group dispute and need "
            + "a representative (Art 7). The deadline is receivedOn + 15 days. 503 when the person registry cannot be reached.")
    public Response open(CaseRequests.Intake request) {
        return created(intake.open(request));
    }

    @POST
    @Path("/self")
    @Idempotent
    @RolesAllowed(Roles.MEMBER)
    @Operation(summary = "Apply from the phone 会员申请调解", description = "For the member themselves (channel MINI_PROGRAM): the ID number "
            + "must be the one of the member's own membership (403 otherwise). Any active centre.")
    public Response openSelf(CaseRequests.SelfIntake request) {
        return created(intake.openAsMember(request));
    }

    @GET
    @Path("/mine")
    @RolesAllowed(Roles.MEMBER)
    @Operation(summary = "My cases 我的调解", description = "The member's own cases, applied from the phone or received for them.")
    public Page<CaseView> mine(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        LocalDate today = LocalDate.now(clock);
        return access.mine(PageRequest.of(limit, cursor)).map(c -> CaseView.load(c, today));
    }

    @GET
    @Operation(summary = "Cases you reach 案件列表", description = "An officer: cases of centres in their subtree (unionId narrows it); a "
            + "mediator: cases of their centres. centreId and status filter; due=SOON lists open cases whose deadline is today or "
            + "within 3 days, due=OVERDUE open cases past it (超期).")
    public Page<CaseView> list(@QueryParam("unionId") Long unionId, @QueryParam("centreId") Long centreId,
            @QueryParam("status") CaseStatus status, @QueryParam("due") CaseAccess.Due due, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        LocalDate today = LocalDate.now(clock);
        return access.list(unionId, centreId, status, due, today, PageRequest.of(limit, cursor)).map(c -> CaseView.load(c, today));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN, Roles.MEDIATOR, Roles.MEMBER})
    @Operation(summary = "One case 案件详情", description = "With claims, terms, signatures and the money claimed, agreed and paid. A member "
            + "sees only their own cases; 404 otherwise.")
    public Response get(@PathParam("id") long id) {
        return tagged(Response.ok(), access.get(id));
    }

    @POST
    @Path("/{id}/assignment")
    @Operation(summary = "Assign a mediator 指派调解员", description = "mediatorId, or none for the centre's active mediator holding the "
            + "fewest open cases. ACCEPTED or IN_MEDIATION → IN_MEDIATION. Needs If-Match.")
    public Response assign(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, CaseRequests.Assign request) {
        return tagged(Response.ok(), intake.assign(id, ifMatch, request));
    }

    @POST
    @Path("/{id}/sessions")
    @Idempotent
    @Operation(summary = "Record a session 调解会记录", description = "Held between the receipt and today, while a mediator holds the case.")
    public Response session(@PathParam("id") long id, CaseRequests.Session request) {
        CaseView.SessionView view = CaseView.SessionView.of(intake.session(id, request));
        return Response.created(URI.create("/api/v1/cases/" + id + "/sessions/" + view.id())).entity(view).build();
    }

    @GET
    @Path("/{id}/sessions")
    @Operation(summary = "A case's sessions 调解会", description = "Oldest first.")
    public List<CaseView.SessionView> sessions(@PathParam("id") long id) {
        return intake.sessions(id).stream().map(CaseView.SessionView::of).toList();
    }

    @POST
    @Path("/{id}/agreement")
    @Operation(summary = "Draft the agreement 调解协议", description = "Terms per claim: amount and due date; several terms of a claim are "
            + "instalments. A claim is never agreed above what was claimed (400). IN_MEDIATION → AGREEMENT_DRAFTED; rewritable until "
            + "the first signature (409 after). Needs If-Match.")
    public Response agreement(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, CaseRequests.Agreement request) {
        return tagged(Response.ok(), outcomes.agreement(id, ifMatch, request));
    }

    @POST
    @Path("/{id}/signatures")
    @Operation(summary = "Sign the agreement 签字", description = "APPLICANT, RESPONDENT (with the signer's name) or MEDIATOR (only the case's "
            + "mediator, with their own token). Binding once all three have signed: the case is MEDIATED (调解成功) on the day of the "
            + "last signature. A party signs once (409).")
    public Response sign(@PathParam("id") long id, CaseRequests.Sign request) {
        return tagged(Response.ok(), outcomes.sign(id, request));
    }

    @POST
    @Path("/{id}/payments")
    @Idempotent
    @Operation(summary = "Record a payment 履行登记", description = "Against one term of a binding agreement, never above what the term still "
            + "owes (409). The payment that completes the agreement closes the case (CLOSED, 履行完毕).")
    public Response pay(@PathParam("id") long id, CaseRequests.Pay request) {
        CaseView.PaymentView view = CaseView.PaymentView.of(outcomes.pay(id, request));
        return Response.created(URI.create("/api/v1/cases/" + id + "/payments/" + view.id())).entity(view).build();
    }

    @GET
    @Path("/{id}/payments")
    @RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN, Roles.MEDIATOR, Roles.MEMBER})
    @Operation(summary = "A case's payments 履行台账", description = "Oldest first; a member sees those of their own cases.")
    public List<CaseView.PaymentView> payments(@PathParam("id") long id) {
        return outcomes.payments(id).stream().map(CaseView.PaymentView::of).toList();
    }

    @POST
    @Path("/{id}/referral")
    @Operation(summary = "Refer to arbitration 仲裁衔接", description = "FAILED (调解不成) at any point of mediation; TIMEOUT only from the day "
            + "after the deadline. Each claim gets limitationOn, the last day to apply for arbitration: one year from the referral "
            + "(Art 27); none for unpaid wages while the worker is still employed. Claims fit for a payment order (Art 16) are flagged.")
    public Response refer(@PathParam("id") long id, CaseRequests.Refer request) {
        return tagged(Response.ok(), outcomes.refer(id, request));
    }

    @POST
    @Path("/{id}/withdrawal")
    @RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN, Roles.MEDIATOR, Roles.MEMBER})
    @Operation(summary = "Withdraw 撤回", description = "While in mediation; a member withdraws their own case.")
    public Response withdraw(@PathParam("id") long id, CaseRequests.Withdraw request) {
        return tagged(Response.ok(), outcomes.withdraw(id, request));
    }

    @POST
    @Path("/{id}/file")
    @Operation(summary = "File the case 立卷", description = "Once concluded: FORMAL (规范实体案卷) or SIMPLE (简易案卷), numbered per centre, "
            + "year and type (2026-F-0001). A case is filed once (409).")
    public Response file(@PathParam("id") long id, CaseRequests.File request) {
        return tagged(Response.ok(), outcomes.file(id, request));
    }

    private Response created(DisputeCase c) {
        CaseView view = CaseView.load(c, LocalDate.now(clock));
        return Response.created(URI.create("/api/v1/cases/" + view.id())).tag(Preconditions.entityTag(view.version())).entity(view).build();
    }

    private Response tagged(Response.ResponseBuilder builder, DisputeCase c) {
        CaseView view = CaseView.load(c, LocalDate.now(clock));
        return builder.tag(Preconditions.entityTag(view.version())).entity(view).build();
    }
}
