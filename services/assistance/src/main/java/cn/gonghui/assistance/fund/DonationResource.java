package cn.gonghui.assistance.fund;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Tag(name = "Donations and allocations 捐款与下拨", description = "Money given into funds (春风行动 …) and money allocated from funds to unions and enterprises")
@RolesAllowed({Roles.FUND_MANAGER, Roles.DISTRICT_ADMIN, Roles.OFFICER})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DonationResource {

    @Inject
    FundService funds;

    @POST
    @Path("/donations")
    @Idempotent
    @Operation(summary = "Record a donation 捐款登记", description = "Into a fund the caller reaches, collected by a union in the caller's "
            + "subtree. The receipt number is unique: the same receipt twice is a 409.")
    public Response donate(FundRequests.Donate request) {
        FundViews.DonationView view = FundViews.DonationView.of(funds.donate(request));
        return Response.created(URI.create("/api/v1/donations/" + view.id())).entity(view).build();
    }

    @GET
    @Path("/donations")
    @Operation(summary = "Donations 捐款列表", description = "Collected by unions of your subtree; fundId and drive filter.")
    public Page<FundViews.DonationView> donations(@QueryParam("unionId") Long unionId, @QueryParam("fundId") Long fundId,
            @QueryParam("drive") String drive, @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return funds.donations(unionId, fundId, drive, PageRequest.of(limit, cursor)).map(FundViews.DonationView::of);
    }

    @GET
    @Path("/donations/{id}")
    @Operation(summary = "One donation 捐款详情", description = "404 unless the collecting union is in your subtree.")
    public FundViews.DonationView donation(@PathParam("id") long id) {
        return FundViews.DonationView.of(funds.donation(id));
    }

    @POST
    @Path("/donations/{id}/reversal")
    @RolesAllowed({Roles.FUND_MANAGER, Roles.DISTRICT_ADMIN})
    @Operation(summary = "Reverse a donation recorded by mistake 冲销", description = "A reversing posting takes the amount back out of "
            + "the fund (409 when the fund no longer holds it); the donation stays, marked reversed, and counts in no figure. "
            + "409 when already reversed.")
    public FundViews.DonationView reverse(@PathParam("id") long id, FundRequests.Reverse request) {
        return FundViews.DonationView.of(funds.reverse(id, request));
    }

    @POST
    @Path("/donor-commendations")
    @Idempotent
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.OFFICER})
    @Operation(summary = "Commend a donor 表彰捐款先进单位", description = "Only a donor (as named on its receipts) with donations collected in "
            + "the union's subtree by the commendation day (400 otherwise); once per union and title (409). The amount it had given "
            + "is kept with the commendation.")
    public Response commend(FundRequests.Commend request) {
        FundViews.CommendationView view = FundViews.CommendationView.of(funds.commend(request));
        return Response.created(URI.create("/api/v1/donor-commendations?unionId=" + view.unionId())).entity(view).build();
    }

    @GET
    @Path("/donor-commendations")
    @Operation(summary = "Donor commendations 捐款表彰列表", description = "Made by unions of your subtree.")
    public Page<FundViews.CommendationView> commendations(@QueryParam("unionId") Long unionId, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return funds.commendations(unionId, PageRequest.of(limit, cursor)).map(FundViews.CommendationView::of);
    }

    @GET
    @Path("/allocations")
    @Operation(summary = "Allocations to unions and enterprises 下拨列表", description = "To unions (or enterprises of unions) in your subtree.")
    public Page<FundViews.AllocationView> allocations(@QueryParam("unionId") Long unionId, @QueryParam("fundId") Long fundId,
            @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return funds.allocations(unionId, fundId, PageRequest.of(limit, cursor)).map(FundViews.AllocationView::of);
    }
}
