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

@Path("/api/v1/insurance")
@Tag(name = "Mutual-aid insurance 职工互助保障", description = "Plans, cover periods and enrolments by units or by the district on their behalf (代录); "
        + "the member's own cover and claims; audited unmasking of a claim's health details")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InsuranceResource {

    @Inject
    InsuranceService insurance;

    @POST
    @Path("/plans")
    @Idempotent
    @RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN})
    @Operation(summary = "Offer a plan 设立保障计划", description = "An insurer's plan (insurerId is its partnerId) for the members of unionId's subtree.")
    public Response plan(InsuranceRequests.Plan request) {
        InsuranceViews.PlanView view = InsuranceViews.PlanView.of(insurance.plan(request));
        return Response.created(URI.create("/api/v1/insurance/plans/" + view.id())).entity(view).build();
    }

    @GET
    @Path("/plans")
    @RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN})
    @Operation(summary = "Plans of your subtree 保障计划列表", description = "unionId narrows to that union's subtree.")
    public Page<InsuranceViews.PlanView> plans(@QueryParam("unionId") Long unionId, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return insurance.plans(unionId, PageRequest.of(limit, cursor)).map(InsuranceViews.PlanView::of);
    }

    @POST
    @Path("/plans/{id}/periods")
    @Idempotent
    @RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN})
    @Operation(summary = "Add a cover period 保障期", description = "Enrolments are taken until the day before it starts; periods of a plan do not overlap.")
    public Response period(@PathParam("id") long id, InsuranceRequests.Period request) {
        InsuranceViews.PeriodView view = InsuranceViews.PeriodView.of(insurance.period(id, request));
        return Response.created(URI.create("/api/v1/insurance/plans/" + id + "/periods")).entity(view).build();
    }

    @GET
    @Path("/plans/{id}/periods")
    @RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN})
    @Operation(summary = "A plan's cover periods 保障期列表", description = "In date order.")
    public List<InsuranceViews.PeriodView> periods(@PathParam("id") long id) {
        return insurance.periods(id).stream().map(InsuranceViews.PeriodView::of).toList();
    }

    @POST
    @Path("/enrolments")
    @Idempotent
    @RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN})
    @Operation(summary = "Enrol a member 参保/代录", description = "An active member of your subtree whose union the plan covers (women only for a "
            + "women's plan), before the period starts (409 after). A union above the member's enters it on the unit's behalf.")
    public Response enrol(InsuranceRequests.Enrol request) {
        InsuranceViews.EnrolmentView view = InsuranceViews.EnrolmentView.of(insurance.enrol(request));
        return Response.created(URI.create("/api/v1/insurance/enrolments/" + view.id())).entity(view).build();
    }

    @POST
    @Path("/periods/{id}/existing-cover")
    @Idempotent
    @RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN})
    @Operation(summary = "Record cover members already hold 既有保障登记", description = "For a federation that moves onto Gonghui while a "
            + "period runs: up to 1000 members the insurer's list already covers, with a reason. Only an officer of the plan's union, "
            + "only while the period runs (409 before it starts: enrol instead; 409 after it ends). Each good member is enrolled "
            + "and reaches the insurer's feed as ADDED from the period's start; each bad one is reported by index and field "
            + "without stopping the rest; a member already enrolled is reported as alreadyEnrolled. Send it with an Idempotency-Key.")
    public Response existingCover(@PathParam("id") long id, InsuranceRequests.ExistingCover request) {
        return Response.ok(insurance.recordExistingCover(id, request)).build();
    }

    @GET
    @Path("/periods/{id}/existing-cover")
    @RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN})
    @Operation(summary = "Recordings of existing cover 既有保障登记记录", description = "Who recorded existing cover for the period, for "
            + "which union, when, why, and how many enrolments each added.")
    public List<InsuranceViews.ExistingCoverRecordView> existingCoverRecords(@PathParam("id") long id) {
        return insurance.existingCoverRecords(id).stream().map(InsuranceViews.ExistingCoverRecordView::of).toList();
    }

    @GET
    @Path("/enrolments")
    @RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN})
    @Operation(summary = "Enrolments of your subtree 参保名单", description = "unionId narrows to that union's subtree; planId filters.")
    public Page<InsuranceViews.EnrolmentView> enrolments(@QueryParam("unionId") Long unionId, @QueryParam("planId") Long planId,
            @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return insurance.enrolments(unionId, planId, PageRequest.of(limit, cursor)).map(InsuranceViews.EnrolmentView::of);
    }

    @POST
    @Path("/enrolments/{id}/withdrawal")
    @RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN})
    @Operation(summary = "Take off the list 退保", description = "Only before the period starts.")
    public InsuranceViews.EnrolmentView withdraw(@PathParam("id") long id) {
        return InsuranceViews.EnrolmentView.of(insurance.withdraw(id));
    }

    @GET
    @Path("/mine")
    @RolesAllowed(Roles.MEMBER)
    @Operation(summary = "My cover and claims 我的保障", description = "The member's own enrolments and claims (plan, period, status, amount paid).")
    public InsuranceViews.MyCover mine() {
        return insurance.mine();
    }

    @POST
    @Path("/claims/{id}/unmask")
    @RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN})
    @Operation(summary = "Read a claim's health details 查看病情", description = "Needs the personal-data-reader permission and a reason; every "
            + "attempt, granted or denied, leaves an audit row.")
    public InsuranceViews.ClaimView unmask(@PathParam("id") long id, InsuranceRequests.Unmask request) {
        return insurance.unmask(id, request);
    }
}
