package cn.gonghui.bargaining.instructor;

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

@Path("/api/v1/instructors")
@Tag(name = "Instructors 协商指导员", description = "Bargaining instructors appointed at provincial (北京 市级), municipal or district level, "
        + "the enterprises they guide, and their time in office")
@RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InstructorResource {

    @Inject
    InstructorService instructors;

    @POST
    @Idempotent
    @Operation(summary = "Appoint an instructor 聘任指导员", description = "By a union of your subtree; the enterprises guided sit under it.")
    public Response appoint(InstructorRequests.Appoint request) {
        InstructorView view = InstructorView.of(instructors.appoint(request));
        return Response.created(URI.create("/api/v1/instructors/" + view.id())).tag(Preconditions.entityTag(view.version())).entity(view).build();
    }

    @GET
    @Operation(summary = "Instructors in your subtree 指导员列表", description = "unionId narrows to that union's subtree; level filters.")
    public Page<InstructorView> list(@QueryParam("unionId") Long unionId, @QueryParam("level") InstructorLevel level,
            @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return instructors.list(unionId, level, PageRequest.of(limit, cursor)).map(InstructorView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One instructor 指导员详情", description = "404 unless the instructor's union is in your subtree.")
    public Response get(@PathParam("id") long id) {
        InstructorView view = InstructorView.of(instructors.get(id));
        return Response.ok(view).tag(Preconditions.entityTag(view.version())).build();
    }

    @POST
    @Path("/{id}/departure")
    @Operation(summary = "Leave office 离任", description = "leftOn is the last day in office. Needs If-Match with the ETag of your last read.")
    public Response leave(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, InstructorRequests.Leave request) {
        InstructorView view = InstructorView.of(instructors.leave(id, ifMatch, request));
        return Response.ok(view).tag(Preconditions.entityTag(view.version())).build();
    }
}
