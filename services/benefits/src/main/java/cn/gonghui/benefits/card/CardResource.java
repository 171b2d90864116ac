package cn.gonghui.benefits.card;

import cn.gonghui.paging.Page;
import cn.gonghui.paging.PageRequest;
import cn.gonghui.problems.Preconditions;
import cn.gonghui.scope.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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

@Path("/api/v1/cards")
@Tag(name = "Cards 会员服务卡", description = "One card per member, issued when membership says the member joined, suspended when they leave; "
        + "the phone's QR proof of membership; replacement of a lost card")
@Produces(MediaType.APPLICATION_JSON)
public class CardResource {

    @Inject
    CardService cards;

    @GET
    @Path("/mine")
    @RolesAllowed(Roles.MEMBER)
    @Operation(summary = "My card 我的会员卡", description = "404 until membership's MemberJoined has reached benefits (usually a second).")
    public Response mine() {
        CardView view = CardView.of(cards.mine());
        return Response.ok(view).tag(Preconditions.entityTag(view.version())).build();
    }

    @POST
    @Path("/mine/qr")
    @RolesAllowed(Roles.MEMBER)
    @Operation(summary = "A QR token for the till 会员码", description = "Valid 60 seconds and once. It carries the card id and a signature, "
            + "no personal data. 409 when the card is suspended.")
    public QrTokens.Issued qr() {
        return cards.qr();
    }

    @POST
    @Path("/{id}/replacement")
    @RolesAllowed({Roles.MEMBER, Roles.OFFICER, Roles.DISTRICT_ADMIN})
    @Operation(summary = "Replace a lost card 挂失补卡", description = "The lost card becomes REPLACED and stops working; a new number is "
            + "issued with the same facts. A member replaces their own card; an officer one in their subtree.")
    public Response replace(@PathParam("id") long id) {
        CardView view = CardView.of(cards.replace(id));
        return Response.created(URI.create("/api/v1/cards/" + view.id())).entity(view).build();
    }

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN})
    @Operation(summary = "Cards in your subtree 会员卡列表", description = "unionId narrows to that union's subtree; status filters.")
    public Page<CardView> list(@QueryParam("unionId") Long unionId, @QueryParam("status") CardStatus status,
            @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return cards.list(unionId, status, PageRequest.of(limit, cursor)).map(CardView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.MEMBER, Roles.OFFICER, Roles.DISTRICT_ADMIN})
    @Operation(summary = "One card 会员卡详情", description = "A member sees their own cards only; 404 otherwise.")
    public Response get(@PathParam("id") long id) {
        CardView view = CardView.of(cards.get(id));
        return Response.ok(view).tag(Preconditions.entityTag(view.version())).build();
    }
}
