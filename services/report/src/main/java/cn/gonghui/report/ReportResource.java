package cn.gonghui.report;

import cn.gonghui.problems.ProblemException;
import cn.gonghui.report.downstream.MembershipUnionTree;
import cn.gonghui.report.downstream.Reply;
import cn.gonghui.scope.Caller;
import cn.gonghui.scope.Roles;
import cn.gonghui.scope.UnionScope;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import cn.gonghui.problems.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/reports")
@Tag(name = "Reports 报告", description = "The district report 区级工作报告: every programme's figures for a union subtree and period, from the five services' stats")
@RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN})
public class ReportResource {

    static final String HTML_UTF8 = MediaType.TEXT_HTML + ";charset=UTF-8";
    static final String UNAVAILABLE = "An officer's scope cannot be checked: membership does not answer. Retry shortly. "
            + "(Any other service down gives a partial report, not this.)";

    @Inject
    DistrictReports reports;

    @Inject
    MembershipUnionTree unions;

    @Inject
    UnionScope scope;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @GET
    @Path("/district")
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    @Operation(summary = "The district report of a union subtree and period 区级工作报告",
            description = "Each programme's figures (the seed reports' figures, docs/figures.md), the headline figures of each direct "
                    + "child union and of the earlier periods. JSON, or with Accept: text/html the printable page (as district.html). "
                    + "Period as the stats APIs: to defaults to today, from to 1 January of to's year. unionId defaults to an officer's "
                    + "own union; a district admin names it. When a service does not answer, the report still comes (200) with its "
                    + "figures null, partial true and missing naming it.")
    @APIResponse(responseCode = "200", description = "The report", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DistrictReport.class)),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "503", description = UNAVAILABLE,
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response district(@QueryParam("unionId") Long unionId, @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
            @Context HttpHeaders headers) {
        DistrictReport report = report(unionId, from, to);
        if (wantsHtml(headers)) {
            return Response.ok(ReportPage.render(report), HTML_UTF8).build();
        }
        return Response.ok(report, MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("/district.html")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The district report as a printable page 区级工作报告(打印版)",
            description = "The same report as GET /api/v1/reports/district, as one self-contained A4 HTML page with charts.")
    @APIResponse(responseCode = "200", description = "The page", content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "503", description = UNAVAILABLE,
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response districtPage(@QueryParam("unionId") Long unionId, @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        return Response.ok(ReportPage.render(report(unionId, from, to)), HTML_UTF8).build();
    }

    private DistrictReport report(Long unionId, LocalDate from, LocalDate to) {
        long union = caller.unionOrOwn(unionId, "whose report to make");
        LocalDate end = to == null ? LocalDate.now(clock) : to;
        LocalDate start = from == null ? end.withDayOfYear(1) : from;
        if (start.isAfter(end)) {
            throw ProblemException.invalid("from", "must not be after to");
        }
        // an officer's own union and the one asked for, both as membership shows them to this caller
        scope.require(union);
        Reply view = unions.view(union);
        if (view instanceof Reply.Missing m && m.reason() == Reply.Reason.REFUSED) {
            throw m.status() != null && m.status() == 404 && caller.is(Roles.DISTRICT_ADMIN)
                    ? ProblemException.notFound("union", union)
                    : ProblemException.forbidden("union " + union + " is outside your scope or unknown");
        }
        return reports.assemble(union, view, start, end, unions.authorization());
    }

    /** HTML when the client prefers it to JSON (a browser); JSON for any type, for no Accept and for API clients. */
    private static boolean wantsHtml(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isWildcardType()) {
                return false;
            }
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
            if (type.isCompatible(MediaType.TEXT_HTML_TYPE)) {
                return true;
            }
        }
        return false;
    }
}
