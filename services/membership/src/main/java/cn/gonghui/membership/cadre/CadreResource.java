package cn.gonghui.membership.cadre;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/cadres")
@Tag(name = "Cadres 工会干部", description = "Union officers and full-time / part-time union workers: role, from, to")
@RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CadreResource {

    @Inject
    CadreService cadres;

    @POST
    @Idempotent
    @Operation(summary = "Record a cadre 干部/工作者登记",
            description = "A role (CHAIR, VICE_CHAIR, COMMITTEE_MEMBER, OFFICER, WORKER) in a union of your subtree, fullTime "
                    + "专职 or 兼职, from fromOn (default today, never in the future). memberId optional, in your subtree.")
    public Response appoint(CadreRequests.Create request) {
        CadreView view = CadreView.of(cadres.appoint(request));
        return Response.created(URI.create("/api/v1/cadres/" + view.id())).tag(Preconditions.entityTag(view.version())).entity(view).build();
    }

    @GET
    @Operation(summary = "Cadres in your subtree 干部列表", description = "unionId narrows to that union's subtree; role filters. "
            + "Past roles are listed too (toOn set).")
    public Page<CadreView> list(@QueryParam("unionId") Long unionId, @QueryParam("role") CadreRole role,
            @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return cadres.list(unionId, role, PageRequest.of(limit, cursor)).map(CadreView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One cadre 干部详情", description = "With ETag. A cadre outside your subtree: 404.")
    public Response get(@PathParam("id") long id) {
        CadreView view = CadreView.of(cadres.get(id));
        return Response.ok(view).tag(Preconditions.entityTag(view.version())).build();
    }

    @POST
    @Path("/{id}/end")
    @Operation(summary = "End a role 离任", description = "On `on` (default today; not before fromOn, never in the future). "
            + "Needs If-Match. 409 when it has ended already.")
    public Response end(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, CadreRequests.End request) {
        CadreView view = CadreView.of(cadres.end(id, ifMatch, request));
        return Response.ok(view).tag(Preconditions.entityTag(view.version())).build();
    }
}
