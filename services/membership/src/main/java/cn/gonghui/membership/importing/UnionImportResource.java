package cn.gonghui.membership.importing;

import cn.gonghui.scope.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import cn.gonghui.problems.ProblemException;
import cn.gonghui.problems.ProblemType;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Uploading a spreadsheet of members into one union; the report lives under /api/v1/member-imports. */
@Path("/api/v1/unions/{unionId}/member-imports")
@Tag(name = "Member imports 批量入会", description = "Bulk enrolment from CSV or XLSX, with a per-row validation report")
public class UnionImportResource {

    static final int MAX_FILE_NAME = 255;

    @Inject
    MemberImportService imports;

    @Inject
    ImportSlots slots;

    @Inject
    BackgroundImports background;

    @ConfigProperty(name = "gonghui.http.max-upload-bytes", defaultValue = "52428800")
    int maxUploadBytes;

    @POST
    @Consumes({ImportFormat.CSV_TYPE, ImportFormat.XLSX_TYPE})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN})
    @Operation(summary = "Import members from a spreadsheet 批量导入会员",
            description = "The body is the file itself (text/csv in UTF-8 or GBK, or .xlsx). Header row required; columns "
                    + "name/姓名, idNumber/身份证号, phone/手机号, enterpriseCreditCode/统一社会信用代码, joinedOn/入会日期 "
                    + "(yyyy-MM-dd) in any order. Valid rows become active members; invalid rows are listed in the report "
                    + "with row number, field and problem; people who already have a record are counted, not enrolled "
                    + "again, so uploading the same file twice is harmless. Each server runs gonghui.imports.max-concurrent "
                    + "imports at once; beyond that the answer is 429 and the file is not read. A file of more than "
                    + "gonghui.imports.background-above-rows rows answers 202 once it is checked, with the report (status RUNNING, "
                    + "rowsDone of totalRows) at Location, and is written in the background, a chunk per transaction; poll the report "
                    + "until its status is DONE or FAILED.")
    @RequestBody(required = true, content = {@Content(mediaType = ImportFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = ImportFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response upload(@PathParam("unionId") long unionId, @QueryParam("fileName") String fileName,
            @HeaderParam("X-File-Name") String headerFileName, @Context HttpHeaders headers, InputStream body) throws IOException {
        ImportFormat format = ImportFormat.of(headers.getMediaType());
        slots.acquire(); // before the body is read: a full server turns an upload away without holding it
        boolean handedOver = false;
        try {
            byte[] content = body.readNBytes(maxUploadBytes + 1);
            if (content.length > maxUploadBytes) {
                throw new ProblemException(ProblemType.TOO_LARGE, "the file has more than " + maxUploadBytes + " bytes");
            }
            MemberImportService.Started started = imports.importFile(unionId, format,
                    cleanFileName(fileName != null ? fileName : headerFileName), content);
            URI location = URI.create("/api/v1/member-imports/" + started.report().id());
            if (started.background() == null) {
                return Response.created(location).entity(started.report()).build();
            }
            background.run(started.background(), slots::release); // the slot goes with the work
            handedOver = true;
            return Response.accepted(started.report()).location(location).build();
        } finally {
            if (!handedOver) {
                slots.release();
            }
        }
    }

    /** Only the last path segment, at most 255 characters; null when blank. */
    static String cleanFileName(String name) {
        if (name == null) {
            return null;
        }
        String n = name.strip();
        int slash = Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\'));
        n = n.substring(slash + 1).strip();
        if (n.isEmpty()) {
            return null;
        }
        return n.length() > MAX_FILE_NAME ? n.substring(0, MAX_FILE_NAME) : n;
    }
}
