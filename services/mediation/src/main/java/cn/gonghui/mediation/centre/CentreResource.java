package cn.gonghui.mediation.centre;

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

@Path("/api/v1/centres")
@Tag(name = "Centres 调解组织", description = "Mediation centres (区调解中心, 镇街工会调解中心, 仲裁院工会调解室) and their mediators 调解员")
@RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN, Roles.MEDIATOR})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CentreResource {

    @Inject
    CentreService centres;

    @POST
    @Idempotent
    @RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN})
    @Operation(summary = "Register a centre 设立调解组织", description = "Run by a union in your subtree; its cases count in that union's "
            + "subtree. The name is unique (409).")
    public Response register(CentreRequests.Register request) {
        Centre c = centres.register(request);
        return Response.created(URI.create("/api/v1/centres/" + c.id)).entity(CentreView.of(c, 0)).build();
    }

    @GET
    @Operation(summary = "Centres you manage or mediate at 调解组织列表", description = "An officer: the centres of their subtree "
            + "(unionId narrows it); a mediator: the centres where they mediate.")
    public Page<CentreView> list(@QueryParam("unionId") Long unionId, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return centres.list(unionId, PageRequest.of(limit, cursor)).map(c -> CentreView.of(c, centres.openCases(c.id)));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One centre 调解组织详情", description = "With its open cases; 404 outside your reach.")
    public CentreView get(@PathParam("id") long id) {
        Centre c = centres.get(id);
        return CentreView.of(c, centres.openCases(c.id));
    }

    @POST
    @Path("/{id}/mediators")
    @Idempotent
    @RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN})
    @Operation(summary = "Appoint a mediator 聘任调解员", description = "subject is the sub claim of the mediator's token: with the role "
            + "mediator it reaches this centre's cases. 409 when the person already mediates here.")
    public Response appoint(@PathParam("id") long id, CentreRequests.Appoint request) {
        Mediator m = centres.appoint(id, request);
        return Response.created(URI.create("/api/v1/centres/" + id + "/mediators/" + m.id))
                .entity(CentreView.MediatorView.of(m, 0)).build();
    }

    @GET
    @Path("/{id}/mediators")
    @Operation(summary = "A centre's mediators 调解员名册", description = "Active and released, with the open cases each holds (their workload).")
    public List<CentreView.MediatorView> mediators(@PathParam("id") long id) {
        return centres.mediators(id).stream().map(m -> CentreView.MediatorView.of(m, centres.openCasesOf(m.id))).toList();
    }

    @POST
    @Path("/{id}/mediators/{mediatorId}/release")
    @RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN})
    @Operation(summary = "Release a mediator 解聘", description = "They take no new cases and lose access to the centre's cases; "
            + "the cases they hold must be reassigned.")
    public CentreView.MediatorView release(@PathParam("id") long id, @PathParam("mediatorId") long mediatorId) {
        Mediator m = centres.release(id, mediatorId);
        return CentreView.MediatorView.of(m, centres.openCasesOf(m.id));
    }
}
