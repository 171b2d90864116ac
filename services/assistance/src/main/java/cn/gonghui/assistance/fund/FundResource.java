package cn.gonghui.assistance.fund;

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

@Path("/api/v1/funds")
@Tag(name = "Funds 资金", description = "温暖基金, special and donor-restricted funds, each with a double-entry ledger: 拨入, 划转, 下拨, and the "
        + "grants paid from them. A balance never goes below zero; ledger lines are never changed, only reversed.")
@RolesAllowed({Roles.FUND_MANAGER, Roles.DISTRICT_ADMIN, Roles.OFFICER})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FundResource {

    @Inject
    FundService funds;

    @POST
    @Idempotent
    @RolesAllowed({Roles.FUND_MANAGER, Roles.DISTRICT_ADMIN})
    @Operation(summary = "Open a fund 设立资金", description = "A fund belongs to a union; its name is unique. It starts at 0 fen.")
    public Response open(FundRequests.Open request) {
        FundViews.FundView view = funds.view(funds.open(request));
        return Response.created(URI.create("/api/v1/funds/" + view.id())).tag(Preconditions.entityTag(view.version()))
                .entity(view).build();
    }

    @GET
    @Operation(summary = "Funds 资金列表", description = "A fund manager and a district admin see every fund; an officer the funds of their subtree.")
    public Page<FundViews.FundView> list(@QueryParam("unionId") Long unionId, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return funds.list(unionId, PageRequest.of(limit, cursor)).map(funds::view);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One fund 资金详情", description = "balanceFen is what the fund can still commit; payableFen what it has "
            + "committed to approved grants not yet paid.")
    public Response get(@PathParam("id") long id) {
        FundViews.FundView view = funds.view(funds.get(id));
        return Response.ok(view).tag(Preconditions.entityTag(view.version())).build();
    }

    @GET
    @Path("/{id}/ledger")
    @Operation(summary = "A fund's ledger lines 资金流水", description = "Every line of every posting that touched the fund, in the order written.")
    public Page<FundViews.LineView> ledger(@PathParam("id") long id, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return funds.lines(id, PageRequest.of(limit, cursor)).map(FundViews.LineView::of);
    }

    @GET
    @Path("/{id}/reconciliation")
    @Operation(summary = "Reconcile a fund 对账", description = "The stored balance beside the sum of the fund's ledger lines; "
            + "reconciled is true when they agree and every posting in the ledger sums to zero.")
    public FundViews.Reconciliation reconcile(@PathParam("id") long id) {
        return funds.reconcile(id);
    }

    @POST
    @Path("/{id}/income")
    @Idempotent
    @RolesAllowed({Roles.FUND_MANAGER, Roles.DISTRICT_ADMIN})
    @Operation(summary = "Money into the fund from the union's budget 拨入", description = "A posting of the fund against the union budget account; dated today unless on is given (not in the future, not before the fund opened).")
    public Response income(@PathParam("id") long id, FundRequests.Income request) {
        FundViews.MovementView view = FundViews.MovementView.of(funds.income(id, request));
        return Response.created(URI.create("/api/v1/funds/" + id + "/ledger")).entity(view).build();
    }

    @POST
    @Path("/{id}/transfers")
    @Idempotent
    @RolesAllowed({Roles.FUND_MANAGER, Roles.DISTRICT_ADMIN})
    @Operation(summary = "Transfer to another fund 划转", description = "409 when this fund holds less than the amount. "
            + "Money in a donor-restricted fund cannot be moved out.")
    public Response transfer(@PathParam("id") long id, FundRequests.Transfer request) {
        FundViews.MovementView view = FundViews.MovementView.of(funds.transfer(id, request));
        return Response.created(URI.create("/api/v1/funds/" + id + "/ledger")).entity(view).build();
    }

    @POST
    @Path("/{id}/allocations")
    @Idempotent
    @RolesAllowed({Roles.FUND_MANAGER, Roles.DISTRICT_ADMIN})
    @Operation(summary = "Allocate to a union or an enterprise 下拨", description = "E.g. from an epidemic fund to base unions for "
            + "their prevention work, or to small enterprises to reopen (复工复产). 409 when the fund holds less than the amount.")
    public Response allocate(@PathParam("id") long id, FundRequests.Allocate request) {
        FundViews.AllocationView view = FundViews.AllocationView.of(funds.allocate(id, request));
        return Response.created(URI.create("/api/v1/allocations/" + view.id())).entity(view).build();
    }
}
