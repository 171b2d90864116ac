package cn.gonghui.membership.importing;

import cn.gonghui.scope.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Import reports, and their problems as a spreadsheet to fix and upload again. */
@Path("/api/v1/member-imports")
@Tag(name = "Member imports 批量入会", description = "Bulk enrolment from CSV or XLSX, with a per-row validation report")
@RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN})
public class ImportResource {

    @Inject
    MemberImportService imports;

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One import report 导入结果")
    public ImportReportView get(@PathParam("id") long id) {
        return imports.get(id);
    }

    @GET
    @Path("/{id}/errors.csv")
    @Produces(ImportFormat.CSV_TYPE)
    @Operation(summary = "The rejected rows as CSV 下载错误明细", description = "Columns row, field, problem; UTF-8 with BOM for Excel.")
    public Response errors(@PathParam("id") long id) {
        ImportReportView report = imports.get(id);
        return Response.ok(ErrorsCsv.write(report.errors()), ErrorsCsv.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"member-import-" + id + "-errors.csv\"")
                .build();
    }
}
