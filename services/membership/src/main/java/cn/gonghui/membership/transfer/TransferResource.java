package cn.gonghui.membership.transfer;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import cn.gonghui.idempotency.Idempotent;
import cn.gonghui.paging.Page;
import cn.gonghui.paging.PageRequest;
import cn.gonghui.scope.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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

@Path("/api/v1/transfers")
@Tag(name = "Transfers 转会", description = "Two-step transfers: the old union releases 转出, the new union accepts 转入")
@RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TransferResource {

    @Inject
    TransferService transfers;

    @POST
    @Idempotent
    @Operation(summary = "Release a member to another union 转出",
            description = "By the member's current union. To a street/town federation when the new employer has no union (parked 挂靠).")
    public Response release(TransferRequests.Release request) {
        MemberTransfer t = transfers.release(request);
        return Response.created(URI.create("/api/v1/transfers/" + t.id)).entity(transfers.view(t)).build();
    }

    @GET
    @Operation(summary = "Transfers into or out of your subtree 转会列表")
    public Page<TransferRequests.View> list(@QueryParam("direction") @DefaultValue("incoming") Direction direction,
            @QueryParam("status") TransferStatus status, @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return transfers.list(direction == Direction.incoming, status, PageRequest.of(limit, cursor)).map(transfers::view);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One transfer 转会详情")
    public TransferRequests.View get(@PathParam("id") long id) {
        return transfers.view(transfers.get(id));
    }

    @POST
    @Path("/{id}/accept")
    @Idempotent
    @Operation(summary = "Accept a transfer 转入", description = "By the receiving union.")
    public Response accept(@PathParam("id") long id, TransferRequests.Accept request) {
        return Response.ok(transfers.view(transfers.accept(id, request == null ? new TransferRequests.Accept(null) : request))).build();
    }

    @POST
    @Path("/{id}/cancel")
    @Idempotent
    @Operation(summary = "Withdraw or decline a transfer 撤回/拒绝转会")
    public Response cancel(@PathParam("id") long id) {
        return Response.ok(transfers.view(transfers.cancel(id))).build();
    }

    @Schema(name = "TransferDirection")
    public enum Direction {
        incoming,
        outgoing
    }
}
