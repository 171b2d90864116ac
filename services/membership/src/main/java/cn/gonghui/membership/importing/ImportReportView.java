package cn.gonghui.membership.importing;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The import report as the API shows it. {@code totalRows = imported + alreadyMembers + rejected}; every
 * rejected row has at least one entry in {@code errors}.
 */
public record ImportReportView(long id, long unionId, String fileName, ImportFormat format, int totalRows, int imported,
        int alreadyMembers, int rejected, List<RowProblem> errors, OffsetDateTime createdAt) {

    static ImportReportView of(ImportReport r, List<RowProblem> errors) {
        return new ImportReportView(r.id, r.unionId, r.fileName, r.format, r.totalRows, r.imported, r.alreadyMembers,
                r.rejected, errors, r.createdAt);
    }
}
