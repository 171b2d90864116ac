package cn.gonghui.membership.enterprise;

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
import jakarta.ws.rs.PATCH;
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

@Path("/api/v1/enterprises")
@Tag(name = "Enterprises 企业", description = "Employers identified by 统一社会信用代码, and the union that covers each")
@RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EnterpriseResource {

    @Inject
    EnterpriseService enterprises;

    @POST
    @Idempotent
    @Operation(summary = "Register an enterprise 企业登记", description = "409 when the credit code is already registered.")
    public Response register(EnterpriseRequests.Register request) {
        Enterprise e = enterprises.register(request);
        return Response.created(URI.create("/api/v1/enterprises/" + e.id)).tag(Preconditions.entityTag(e.version))
                .entity(EnterpriseView.of(e, enterprises.covered(e))).build();
    }

    @GET
    @Operation(summary = "Enterprises in your subtree 企业列表")
    public Page<EnterpriseView> list(@QueryParam("creditCode") String creditCode, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return enterprises.list(creditCode, PageRequest.of(limit, cursor)).map(e -> EnterpriseView.of(e, enterprises.covered(e)));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One enterprise 企业详情")
    public Response get(@PathParam("id") long id) {
        Enterprise e = enterprises.get(id);
        return Response.ok(EnterpriseView.of(e, enterprises.covered(e))).tag(Preconditions.entityTag(e.version)).build();
    }

    @PATCH
    @Path("/{id}")
    @Operation(summary = "Update an enterprise 企业信息变更", description = "Needs If-Match with the ETag of your last read.")
    public Response update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, EnterpriseRequests.Update request) {
        Enterprise e = enterprises.update(id, ifMatch, request);
        return Response.ok(EnterpriseView.of(e, enterprises.covered(e))).tag(Preconditions.entityTag(e.version)).build();
    }
}
