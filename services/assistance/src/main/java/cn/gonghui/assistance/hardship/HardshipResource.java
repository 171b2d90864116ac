package cn.gonghui.assistance.hardship;

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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/hardship-files")
@Tag(name = "Hardship files 困难职工档案", description = "Households in hardship: registration 建档, home visits 入户核查, yearly review 动态管理, exit 退出")
@RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HardshipResource {

    @Inject
    HardshipService files;

    @POST
    @Idempotent
    @Operation(summary = "Register a household in hardship 建档",
            description = "The worker is recognised by the ID number across every union (membership's person registry): a person "
                    + "has one open file, so a second registration anywhere is a 409. The first review is due 12 months after "
                    + "registration. 503 when membership's person registry cannot be reached.")
    public Response register(HardshipRequests.Register request) {
        HardshipView view = HardshipView.of(files.register(request));
        return tagged(Response.created(URI.create("/api/v1/hardship-files/" + view.id())), view);
    }

    @GET
    @Operation(summary = "Hardship files in your subtree 档案列表",
            description = "unionId narrows to that union's subtree; status filters; reviewDue=true lists the open files whose "
                    + "yearly review is due today or overdue (动态管理).")
    public Page<HardshipView> list(@QueryParam("unionId") Long unionId, @QueryParam("status") HardshipStatus status,
            @QueryParam("reviewDue") Boolean reviewDue, @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return files.list(unionId, status, reviewDue, PageRequest.of(limit, cursor)).map(HardshipView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One hardship file 档案详情", description = "The ID number is masked; 404 outside your subtree.")
    public Response get(@PathParam("id") long id) {
        return tagged(Response.ok(), HardshipView.of(files.get(id)));
    }

    @PATCH
    @Path("/{id}")
    @Operation(summary = "Change a household's facts 更新档案", description = "Needs If-Match with the ETag of your last read.")
    public Response update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, HardshipRequests.Update request) {
        return tagged(Response.ok(), HardshipView.of(files.update(id, ifMatch, request)));
    }

    @POST
    @Path("/{id}/reviews")
    @Operation(summary = "Yearly review 动态复核", description = "The household is still in hardship; the next review is due 12 months "
            + "after this one. Needs If-Match.")
    public Response review(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, HardshipRequests.Review request) {
        return tagged(Response.ok(), HardshipView.of(files.review(id, ifMatch, request)));
    }

    @POST
    @Path("/{id}/exit")
    @Operation(summary = "Close a file 退出", description = "With the reason (脱困, 迁出 …). Grants already approved are not touched. Needs If-Match.")
    public Response exit(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, HardshipRequests.Exit request) {
        return tagged(Response.ok(), HardshipView.of(files.exit(id, ifMatch, request)));
    }

    @POST
    @Path("/{id}/home-visits")
    @Idempotent
    @Operation(summary = "Record a home visit 入户核查", description = "Findings and references to the evidence kept (photos, signed forms).")
    public Response visit(@PathParam("id") long id, HardshipRequests.Visit request) {
        HardshipView.VisitView view = HardshipView.VisitView.of(files.visit(id, request));
        return Response.created(URI.create("/api/v1/hardship-files/" + id + "/home-visits/" + view.id())).entity(view).build();
    }

    @GET
    @Path("/{id}/home-visits")
    @Operation(summary = "A file's home visits 核查记录", description = "Oldest first, including the checks made for grants.")
    public List<HardshipView.VisitView> visits(@PathParam("id") long id) {
        return files.visits(id).stream().map(HardshipView.VisitView::of).toList();
    }

    /** A lead as the API shows it. */
    public record LeadView(Long id, Long memberId, Long unionId, Long fileId, String reason, long amountFen, String source,
            java.time.LocalDate raisedOn) {

        static LeadView of(HardshipLead l) {
            return new LeadView(l.id, l.memberId, l.unionId, l.fileId, l.reason, l.amountFen, l.source, l.raisedOn);
        }
    }

    @GET
    @Path("/leads")
    @Operation(summary = "Hardship leads 帮扶线索", description = "Members of your subtree who may be in hardship: a large medical claim paid by "
            + "the mutual-aid insurance (benefits' ClaimSettled at or above gonghui.assistance.large-claim-fen). The member's open file, "
            + "if any, is flagged LARGE_MEDICAL_CLAIM.")
    public Page<LeadView> leads(@QueryParam("unionId") Long unionId, @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return files.leads(unionId, PageRequest.of(limit, cursor)).map(LeadView::of);
    }

    private static Response tagged(Response.ResponseBuilder builder, HardshipView view) {
        return builder.tag(Preconditions.entityTag(view.version())).entity(view).build();
    }
}
