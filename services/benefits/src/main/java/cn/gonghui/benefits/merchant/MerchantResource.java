package cn.gonghui.benefits.merchant;

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
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Tag(name = "Merchants 加盟商", description = "Partner merchants, their offers to members of a union subtree, and redemptions at the till "
        + "from the member's QR code; a merchant never sees personal data")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MerchantResource {

    @Inject
    MerchantService merchants;

    /** A redemption as the merchant's own list shows it. */
    public record RedemptionRow(Long id, Long offerId, OffsetDateTime redeemedAt) {
    }

    @POST
    @Path("/merchants")
    @Idempotent
    @RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN})
    @Operation(summary = "Enrol a merchant 加盟商签约", description = "partnerId is the partnerId claim of the merchant's tokens (role merchant). "
            + "409 when that account exists.")
    public Response enrol(MerchantRequests.Enrol request) {
        MerchantViews.MerchantView view = MerchantViews.MerchantView.of(merchants.enrol(request));
        return Response.created(URI.create("/api/v1/merchants/" + view.id())).tag(Preconditions.entityTag(view.version())).entity(view).build();
    }

    @GET
    @Path("/merchants")
    @RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN})
    @Operation(summary = "Merchants of your subtree 加盟商列表", description = "Including those that left (leftOn set).")
    public Page<MerchantViews.MerchantView> list(@QueryParam("unionId") Long unionId, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return merchants.list(unionId, PageRequest.of(limit, cursor)).map(MerchantViews.MerchantView::of);
    }

    @GET
    @Path("/merchants/{id}")
    @RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN, Roles.MERCHANT})
    @Operation(summary = "One merchant 加盟商详情", description = "A merchant sees only its own account.")
    public Response get(@PathParam("id") long id) {
        MerchantViews.MerchantView view = MerchantViews.MerchantView.of(merchants.get(id));
        return Response.ok(view).tag(Preconditions.entityTag(view.version())).build();
    }

    @POST
    @Path("/merchants/{id}/leaving")
    @RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN})
    @Operation(summary = "A merchant leaves 退出", description = "From leftOn its offers can no longer be redeemed. Needs If-Match.")
    public Response leave(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, MerchantRequests.Leave request) {
        MerchantViews.MerchantView view = MerchantViews.MerchantView.of(merchants.leave(id, ifMatch, request));
        return Response.ok(view).tag(Preconditions.entityTag(view.version())).build();
    }

    @POST
    @Path("/merchants/{id}/offers")
    @Idempotent
    @RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN})
    @Operation(summary = "Publish an offer 发布优惠", description = "For the members of unionId's subtree, validFrom to validTo, quotaPerMember uses each.")
    public Response publish(@PathParam("id") long id, MerchantRequests.Publish request) {
        MerchantViews.OfferView view = MerchantViews.OfferView.of(merchants.publish(id, request));
        return Response.created(URI.create("/api/v1/merchants/" + id + "/offers")).entity(view).build();
    }

    @GET
    @Path("/merchants/{id}/offers")
    @RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN, Roles.MERCHANT})
    @Operation(summary = "A merchant's offers 优惠列表", description = "A merchant sees only its own.")
    public List<MerchantViews.OfferView> offers(@PathParam("id") long id) {
        return merchants.offers(id).stream().map(MerchantViews.OfferView::of).toList();
    }

    @POST
    @Path("/redemptions")
    @RolesAllowed(Roles.MERCHANT)
    @Operation(summary = "Redeem at the till 核销", description = "The scanned QR token and the offer. The answer says only: a valid member, "
            + "the offer allowed, uses left. 400 (field token) for a token that is not genuine or has expired; 409 for a token used "
            + "before, a card not active, an offer not valid today or not for the member's union, or a spent quota.")
    public Response redeem(MerchantRequests.Redeem request) {
        MerchantViews.RedemptionView view = merchants.redeem(request);
        return Response.created(URI.create("/api/v1/redemptions")).entity(view).build();
    }

    @GET
    @Path("/redemptions")
    @RolesAllowed(Roles.MERCHANT)
    @Operation(summary = "My redemptions 核销记录", description = "The merchant's own, without any member facts.")
    public Page<RedemptionRow> redemptions(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return merchants.redemptions(PageRequest.of(limit, cursor)).map(r -> new RedemptionRow(r.id, r.offerId, r.redeemedAt));
    }
}
