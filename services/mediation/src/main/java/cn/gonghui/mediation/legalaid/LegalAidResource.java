package cn.gonghui.mediation.legalaid;

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

@Path("/api/v1/legal-aid-cases")
@Tag(name = "Legal aid 法律援助", description = "Workers' cases taken up with volunteer lawyers: 涉案金额 at acceptance, 挽回 at closure")
@RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LegalAidResource {

    @Inject
    LegalAidService cases;

    @POST
    @Idempotent
    @Operation(summary = "Accept a legal-aid case 受理法律援助", description = "By a union of your subtree, with the volunteer lawyer and the "
            + "amount at stake in fen. The applicant is recognised by the ID number (sealed, shown masked).")
    public Response accept(LegalAidRequests.Accept request) {
        LegalAidView view = LegalAidView.of(cases.accept(request));
        return Response.created(URI.create("/api/v1/legal-aid-cases/" + view.id())).tag(Preconditions.entityTag(view.version()))
                .entity(view).build();
    }

    @GET
    @Operation(summary = "Legal-aid cases of your subtree 法律援助列表", description = "unionId narrows to that union's subtree; status filters.")
    public Page<LegalAidView> list(@QueryParam("unionId") Long unionId, @QueryParam("status") LegalAidCase.Status status,
            @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return cases.list(unionId, status, PageRequest.of(limit, cursor)).map(LegalAidView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One legal-aid case 法律援助详情", description = "404 outside your subtree.")
    public Response get(@PathParam("id") long id) {
        LegalAidView view = LegalAidView.of(cases.get(id));
        return Response.ok(view).tag(Preconditions.entityTag(view.version())).build();
    }

    @POST
    @Path("/{id}/closure")
    @Operation(summary = "Close a legal-aid case 结案", description = "Once (409 after), with the outcome and the amount won (挽回, fen; 0 when "
            + "LOST or WITHDRAWN). Needs If-Match.")
    public Response close(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, LegalAidRequests.Close request) {
        LegalAidView view = LegalAidView.of(cases.close(id, ifMatch, request));
        return Response.ok(view).tag(Preconditions.entityTag(view.version())).build();
    }
}
