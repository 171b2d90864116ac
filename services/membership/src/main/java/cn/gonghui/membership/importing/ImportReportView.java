package cn.gonghui.membership.importing;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The import report as the API shows it. When {@code status} is DONE, {@code totalRows = imported +
 * alreadyMembers + rejected} and {@code rowsDone = totalRows}; while RUNNING, {@code rowsDone} of
 * {@code totalRows} are done. Every rejected row has at least one entry in {@code errors}.
 */
public record ImportReportView(long id, long unionId, String fileName, ImportFormat format, ImportStatus status,
        int totalRows, int rowsDone, int imported, int alreadyMembers, int rejected, List<RowProblem> errors,
        String failure, OffsetDateTime createdAt) {

    static ImportReportView of(ImportReport r, List<RowProblem> errors) {
        return new ImportReportView(r.id, r.unionId, r.fileName, r.format, r.status, r.totalRows, r.rowsDone, r.imported,
                r.alreadyMembers, r.rejected, errors, r.failure, r.createdAt);
    }
}
