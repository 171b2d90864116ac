package cn.gonghui.bargaining.relations;

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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Tag(name = "Labour relations 和谐劳动关系", description = "企业社会责任建设 (CSR participation, A/B/C grades and re-reviews), 和谐示范点, "
        + "和谐指数抽样, and 集体协商专题培训 of union chairs")
@RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RelationsResource {

    @Inject
    RelationsService relations;

    @PUT
    @Path("/csr/{enterpriseId}")
    @Operation(summary = "Record an enterprise's CSR building 企业社会责任建设", description = "Creates the record, or replaces it with If-Match "
            + "(428 without, 412 when it changed). A grade goes with gradedOn (not before joinedOn); a re-review 复核 follows the grading.")
    public Response csr(@PathParam("enterpriseId") long enterpriseId, @HeaderParam("If-Match") String ifMatch, RelationsRequests.Csr request) {
        boolean existed = CsrRecord.findByIdOptional(enterpriseId).isPresent();
        RelationsRequests.CsrView view = RelationsRequests.CsrView.of(relations.csr(enterpriseId, ifMatch, request));
        return (existed ? Response.ok() : Response.status(Response.Status.CREATED)).entity(view).tag(Preconditions.entityTag(view.version()))
                .build();
    }

    @GET
    @Path("/csr/{enterpriseId}")
    @Operation(summary = "An enterprise's CSR record 社会责任建设详情", description = "404 outside your subtree or without a record.")
    public Response getCsr(@PathParam("enterpriseId") long enterpriseId) {
        RelationsRequests.CsrView view = RelationsRequests.CsrView.of(relations.getCsr(enterpriseId));
        return Response.ok(view).tag(Preconditions.entityTag(view.version())).build();
    }

    @POST
    @Path("/harmony-sites")
    @Idempotent
    @Operation(summary = "Designate a demonstration site 和谐示范点", description = "An enterprise of your subtree, once per level (409).")
    public Response site(RelationsRequests.Site request) {
        RelationsRequests.SiteView view = RelationsRequests.SiteView.of(relations.site(request));
        return Response.created(URI.create("/api/v1/harmony-sites?enterpriseId=" + view.enterpriseId())).entity(view).build();
    }

    @GET
    @Path("/harmony-sites")
    @Operation(summary = "Demonstration sites in your subtree 和谐示范点列表", description = "unionId narrows to that union's subtree.")
    public Page<RelationsRequests.SiteView> sites(@QueryParam("unionId") Long unionId, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return relations.sites(unionId, PageRequest.of(limit, cursor)).map(RelationsRequests.SiteView::of);
    }

    @POST
    @Path("/harmony-samples")
    @Idempotent
    @Operation(summary = "Record a harmony-index sample 和谐指数抽样", description = "An enterprise of your subtree whose data were reported "
            + "and collected on completedOn; once per enterprise and year (409).")
    public Response sample(RelationsRequests.Sample request) {
        RelationsRequests.SampleView view = RelationsRequests.SampleView.of(relations.sample(request));
        return Response.created(URI.create("/api/v1/harmony-samples?enterpriseId=" + view.enterpriseId())).entity(view).build();
    }

    @GET
    @Path("/harmony-samples")
    @Operation(summary = "Harmony-index samples in your subtree 抽样企业列表", description = "unionId narrows to that union's subtree.")
    public Page<RelationsRequests.SampleView> samples(@QueryParam("unionId") Long unionId, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return relations.samples(unionId, PageRequest.of(limit, cursor)).map(RelationsRequests.SampleView::of);
    }

    @POST
    @Path("/trainings")
    @Idempotent
    @Operation(summary = "Record a bargaining training 集体协商专题培训", description = "Held by a union of your subtree, with the union chairs "
            + "工会主席 (and others) who attended.")
    public Response training(RelationsRequests.Training request) {
        RelationsRequests.TrainingView view = RelationsRequests.TrainingView.of(relations.training(request));
        return Response.created(URI.create("/api/v1/trainings?unionId=" + view.unionId())).entity(view).build();
    }

    @GET
    @Path("/trainings")
    @Operation(summary = "Trainings in your subtree 培训列表", description = "unionId narrows to that union's subtree.")
    public Page<RelationsRequests.TrainingView> trainings(@QueryParam("unionId") Long unionId, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return relations.trainings(unionId, PageRequest.of(limit, cursor)).map(RelationsRequests.TrainingView::of);
    }
}
