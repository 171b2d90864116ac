package cn.gonghui.bargaining.democracy;

import cn.gonghui.idempotency.Idempotent;
import cn.gonghui.orgreplica.ReplicaEnterprise;
import cn.gonghui.paging.Page;
import cn.gonghui.paging.PageRequest;
import cn.gonghui.problems.Preconditions;
import cn.gonghui.scope.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
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
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/democratic-management")
@Tag(name = "Democratic management 民主管理", description = "Per enterprise: 厂务公开 and 职代会 established since when, the last congress "
        + "session, whether the record is complete; the rates by ownership are in GET /stats/bargaining")
@RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DemocraticManagementResource {

    /** The whole record; a date left out means "not established". No date may lie in the future. */
    @Schema(name = "DemocraticManagementRecord")
    public record Record(LocalDate openAffairsSince, LocalDate congressSince, LocalDate lastSessionOn, @NotNull Boolean recordComplete) {
    }

    /** heldOn defaults to today. */
    @Schema(name = "CongressSessionRecord")
    public record Session(LocalDate heldOn, @NotNull @Min(1) @Max(100000) Integer representatives, @NotNull @Min(0) Integer present) {
    }

    public record SessionView(Long id, Long enterpriseId, LocalDate heldOn, int representatives, int present) {

        static SessionView of(CongressSession s) {
            return new SessionView(s.id, s.enterpriseId, s.heldOn, s.representatives, s.present);
        }
    }

    public record DemocraticManagementView(Long enterpriseId, Long unionId, String ownership, LocalDate openAffairsSince,
            LocalDate congressSince, LocalDate lastSessionOn, boolean recordComplete, long version) {

        static DemocraticManagementView of(DemocraticManagement d) {
            ReplicaEnterprise e = ReplicaEnterprise.findById(d.enterpriseId);
            return new DemocraticManagementView(d.enterpriseId, d.unionId, e == null ? null : e.ownership, d.openAffairsSince,
                    d.congressSince, d.lastSessionOn, d.recordComplete, d.version);
        }
    }

    @Inject
    DemocraticManagementService records;

    @PUT
    @Path("/{enterpriseId}")
    @Operation(summary = "Record an enterprise's democratic management 民主管理建制", description = "Creates the record, or replaces it: a "
            + "replacement needs If-Match with the ETag of your last read (428 without, 412 when it changed). The enterprise must be in "
            + "your subtree (404). A congress session cannot precede the congress's establishment (400).")
    public Response put(@PathParam("enterpriseId") long enterpriseId, @HeaderParam("If-Match") String ifMatch, Record request) {
        boolean existed = DemocraticManagement.findByIdOptional(enterpriseId).isPresent();
        DemocraticManagementView view = DemocraticManagementView.of(records.put(enterpriseId, ifMatch, request));
        return (existed ? Response.ok() : Response.status(Response.Status.CREATED)).entity(view).tag(Preconditions.entityTag(view.version()))
                .build();
    }

    @GET
    @Path("/{enterpriseId}")
    @Operation(summary = "An enterprise's democratic management 民主管理详情", description = "404 when the enterprise is outside your subtree "
            + "or has no record yet.")
    public Response get(@PathParam("enterpriseId") long enterpriseId) {
        DemocraticManagementView view = DemocraticManagementView.of(records.get(enterpriseId));
        return Response.ok(view).tag(Preconditions.entityTag(view.version())).build();
    }

    @POST
    @Path("/{enterpriseId}/congress-sessions")
    @Idempotent
    @Operation(summary = "Record a 职代会 session 职代会召开", description = "Of an enterprise of your subtree whose congress was established "
            + "on or before heldOn (409 otherwise), one a day (409). The record's lastSessionOn follows the latest session.")
    public Response session(@PathParam("enterpriseId") long enterpriseId, Session request) {
        SessionView view = SessionView.of(records.session(enterpriseId, request));
        return Response.created(URI.create("/api/v1/democratic-management/" + enterpriseId + "/congress-sessions")).entity(view).build();
    }

    @GET
    @Path("/{enterpriseId}/congress-sessions")
    @Operation(summary = "An enterprise's 职代会 sessions 职代会召开记录", description = "Oldest first; 404 outside your subtree.")
    public List<SessionView> sessions(@PathParam("enterpriseId") long enterpriseId) {
        return records.sessions(enterpriseId).stream().map(SessionView::of).toList();
    }

    @GET
    @Operation(summary = "Records in your subtree 民主管理列表", description = "unionId narrows to that union's subtree.")
    public Page<DemocraticManagementView> list(@QueryParam("unionId") Long unionId, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return records.list(unionId, PageRequest.of(limit, cursor)).map(DemocraticManagementView::of);
    }
}
