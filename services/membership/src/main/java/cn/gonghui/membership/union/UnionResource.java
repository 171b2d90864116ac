package cn.gonghui.membership.union;

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

@Path("/api/v1/unions")
@Tag(name = "Unions 组织体系", description = "The union tree: district federation 区总工会, street/town federations 街道/镇总工会, grassroots unions 基层工会")
@RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UnionResource {

    @Inject
    UnionService unions;

    @POST
    @Idempotent
    @Operation(summary = "Found a union 建会", description = "Creates a union under a parent in your subtree. Only a district admin creates the root 区总工会.")
    public Response create(UnionRequests.Create request) {
        UnionView view = UnionView.of(unions.create(request));
        return Response.created(URI.create("/api/v1/unions/" + view.id())).tag(Preconditions.entityTag(view.version())).entity(view).build();
    }

    @GET
    @Operation(summary = "List unions you may see 组织列表")
    public Page<UnionView> list(@QueryParam("kind") UnionKind kind, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return unions.visible(kind, PageRequest.of(limit, cursor)).map(UnionView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One union 组织详情")
    public Response get(@PathParam("id") long id) {
        UnionView view = UnionView.of(unions.get(id));
        return Response.ok(view).tag(Preconditions.entityTag(view.version())).build();
    }

    @GET
    @Path("/{id}/subtree")
    @Operation(summary = "The union and every union under it 下属组织")
    public Page<UnionView> subtree(@PathParam("id") long id, @QueryParam("childrenOnly") boolean childrenOnly,
            @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return unions.subtree(id, childrenOnly, PageRequest.of(limit, cursor)).map(UnionView::of);
    }

    @PATCH
    @Path("/{id}")
    @Operation(summary = "Rename a union 更名", description = "Needs If-Match with the ETag of your last read. renamedOn "
            + "(default today, not before foundedOn, never in the future) dates the rename in the union's change log.")
    public Response rename(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, UnionRequests.Rename request) {
        UnionView view = UnionView.of(unions.rename(id, ifMatch, request));
        return Response.ok(view).tag(Preconditions.entityTag(view.version())).build();
    }

    @POST
    @Path("/{id}/legal-person")
    @Operation(summary = "Change a union's legal-person record 工会法人变更",
            description = "creditCode (the union's own 统一社会信用代码) and representative, as of changedOn (default today, "
                    + "not before foundedOn, never in the future). Needs If-Match. Logged as a LEGAL_PERSON change.")
    public Response changeLegalPerson(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            UnionRequests.LegalPerson request) {
        UnionView view = UnionView.of(unions.changeLegalPerson(id, ifMatch, request));
        return Response.ok(view).tag(Preconditions.entityTag(view.version())).build();
    }

    @GET
    @Path("/{id}/changes")
    @Operation(summary = "A union's renames and legal-person changes 变更记录", description = "By date; one page only.")
    public Page<UnionChangeView> changes(@PathParam("id") long id) {
        return new Page<>(unions.changes(id).stream().map(UnionChangeView::of).toList(), null);
    }

    @POST
    @Path("/{id}/move")
    @Idempotent
    @Operation(summary = "Move a union with its subtree 调整隶属关系")
    public Response move(@PathParam("id") long id, UnionRequests.Move request) {
        UnionView view = UnionView.of(unions.move(id, request));
        return Response.ok(view).tag(Preconditions.entityTag(view.version())).build();
    }

    @POST
    @Path("/{id}/dissolve")
    @Idempotent
    @Operation(summary = "Dissolve a union 撤销工会", description = "Only a union with no active unions or members under it.")
    public Response dissolve(@PathParam("id") long id, UnionRequests.Dissolve request) {
        UnionView view = UnionView.of(unions.dissolve(id, request));
        return Response.ok(view).tag(Preconditions.entityTag(view.version())).build();
    }
}
