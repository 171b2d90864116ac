package cn.gonghui.membership.importing;

import cn.gonghui.membership.union.Union;
import cn.gonghui.membership.union.UnionService;
import cn.gonghui.personaldata.PersonalDataCipher;
import cn.gonghui.problems.ProblemException;
import cn.gonghui.scope.Caller;
import cn.gonghui.scope.UnionScope;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * 批量入会: enrols the members of an uploaded CSV/XLSX file into one union. Valid rows go in as ACTIVE members,
 * invalid rows do not, and people who already have a record are counted, not enrolled twice, so uploading the
 * same file again changes nothing. The members, their events and the report commit together.
 */
@ApplicationScoped
public class MemberImportService {

    @Inject
    Clock clock;

    private static final Logger LOG = Logger.getLogger(MemberImportService.class);
    private static final TypeReference<List<RowProblem>> PROBLEMS = new TypeReference<>() {
    };

    @Inject
    UnionService unions;

    @Inject
    UnionScope scope;

    @Inject
    Caller caller;

    @Inject
    PersonalDataCipher cipher;

    @Inject
    EnterpriseIds enterpriseIds;

    @Inject
    MemberBatchWriter writer;

    @Inject
    ObjectMapper mapper;

    /** The most a part of an uploaded workbook (a sheet, the shared strings) may unpack to. */
    @ConfigProperty(name = "gonghui.imports.max-xlsx-part-bytes", defaultValue = "268435456")
    long maxXlsxPartBytes;

    /** Files with more rows are written in the background, a chunk per transaction. */
    @ConfigProperty(name = "gonghui.imports.background-above-rows", defaultValue = "5000")
    int backgroundAboveRows;

    @ConfigProperty(name = "gonghui.imports.rows-per-commit", defaultValue = "1000")
    int rowsPerCommit;

    /** A background import that has committed nothing for this long is shown as FAILED. */
    @ConfigProperty(name = "gonghui.imports.stalled-after", defaultValue = "PT10M")
    Duration stalledAfter;

    @Inject
    EntityManager em;

    @PostConstruct
    void limitWorkbooks() {
        RowReader.limitUnpackedParts(maxXlsxPartBytes);
    }

    /** What an upload started: its report, and for a large file the writing still to run in the background. */
    public record Started(ImportReportView report, Runnable background) {
    }

    /**
     * Reads and checks the whole file in the request, so every row problem is in the report at once. A file
     * of up to {@code gonghui.imports.background-above-rows} rows is then written in this transaction and the
     * report is complete; a larger one is left to {@link Started#background()}, to run after this commit, a
     * chunk per transaction, with the report's progress updated as it goes (review S10).
     */
    @Transactional
    @TransactionConfiguration(timeout = 900)
    public Started importFile(long unionId, ImportFormat format, String fileName, byte[] content) {
        long started = System.nanoTime();
        Union union = unions.activeInScope(unionId, "unionId");
        List<ImportRow> rows = RowReader.read(format, content);
        LocalDate today = LocalDate.now(clock);

        Set<String> codes = rows.stream().map(RowValidator::creditCode).filter(Objects::nonNull).collect(Collectors.toSet());
        RowValidator validator = new RowValidator(cipher, enterpriseIds.byCreditCode(codes, scope.subtreePrefix().orElse("/")), today);
        List<CheckedRow> checked = rows.parallelStream().map(validator::check).toList();

        List<RowProblem> problems = new ArrayList<>();
        List<NewMember> valid = new ArrayList<>(checked.size());
        int rejected = 0;
        Map<String, Integer> firstRowOf = new HashMap<>();
        for (CheckedRow row : checked) {
            List<RowProblem> rowProblems = row.problems();
            if (row.idNumberHash() != null) {
                Integer first = firstRowOf.putIfAbsent(row.idNumberHash(), row.row());
                if (first != null) {
                    rowProblems = new ArrayList<>(rowProblems);
                    rowProblems.add(new RowProblem(row.row(), ImportColumn.ID_NUMBER.field(), "duplicate of row " + first));
                    rowProblems.sort(Comparator.comparingInt(p -> ImportColumn.order(p.field())));
                }
            }
            if (rowProblems.isEmpty()) {
                valid.add(row.member());
            } else {
                rejected++;
                problems.addAll(rowProblems);
            }
        }

        ImportReport report = new ImportReport();
        report.unionId = union.id;
        report.fileName = fileName;
        report.contentSha256 = sha256(content);
        report.format = format;
        report.totalRows = rows.size();
        report.rejected = rejected;
        report.errors = json(problems);
        report.importedBy = caller.subject();
        report.createdAt = OffsetDateTime.now(clock);
        if (rows.size() > backgroundAboveRows) {
            report.status = ImportStatus.RUNNING;
            report.rowsDone = rejected;
            report.progressedAt = report.createdAt;
            report.persistAndFlush();
            long reportId = report.id;
            String importedBy = caller.subject();
            LOG.infof("member import %d into union %d: %d rows checked in %d ms, %d valid rows to write in the background",
                    reportId, union.id, rows.size(), (System.nanoTime() - started) / 1_000_000, valid.size());
            return new Started(ImportReportView.of(report, problems),
                    () -> writeInChunks(reportId, union.id, importedBy, today, valid));
        }

        MemberBatchWriter.Written written = writer.write(union.id, caller.subject(), today, valid);
        report.imported = written.imported();
        report.alreadyMembers = written.alreadyMembers();
        report.status = ImportStatus.DONE;
        report.rowsDone = rows.size();
        report.persist();
        LOG.infof("member import %d into union %d: %d rows, %d imported, %d already members, %d rejected in %d ms",
                report.id, union.id, report.totalRows, report.imported, report.alreadyMembers, report.rejected,
                (System.nanoTime() - started) / 1_000_000);
        return new Started(ImportReportView.of(report, problems), null);
    }

    /**
     * The background part of a large import: the valid rows, in hash order (as every import inserts, so two
     * uploads naming the same people cannot deadlock), {@code gonghui.imports.rows-per-commit} per
     * transaction. Each chunk first checks that the union still takes members; the report counts what each
     * committed chunk did. On a failure the report says FAILED and why; what was committed stays, and
     * uploading the file again enrols the rest (the others count as already members).
     */
    void writeInChunks(long reportId, long unionId, String importedBy, LocalDate on, List<NewMember> valid) {
        long started = System.nanoTime();
        List<NewMember> ordered = new ArrayList<>(valid);
        ordered.sort(Comparator.comparing(NewMember::idNumberHash));
        try {
            for (int from = 0; from < ordered.size(); from += rowsPerCommit) {
                List<NewMember> chunk = ordered.subList(from, Math.min(from + rowsPerCommit, ordered.size()));
                QuarkusTransaction.requiringNew().timeout(300).run(() -> {
                    unions.activeToJoin(unionId);
                    MemberBatchWriter.Written written = writer.write(unionId, importedBy, on, chunk);
                    em.createQuery("update ImportReport r set r.imported = r.imported + :imported,"
                                    + " r.alreadyMembers = r.alreadyMembers + :already, r.rowsDone = r.rowsDone + :done,"
                                    + " r.progressedAt = :now where r.id = :id")
                            .setParameter("now", OffsetDateTime.now(clock))
                            .setParameter("imported", written.imported())
                            .setParameter("already", written.alreadyMembers())
                            .setParameter("done", chunk.size())
                            .setParameter("id", reportId)
                            .executeUpdate();
                });
            }
            finish(reportId, ImportStatus.DONE, null);
            LOG.infof("member import %d: %d rows written in the background in %d ms", reportId, ordered.size(),
                    (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            String failure;
            if (e instanceof ProblemException problem) {
                failure = problem.getMessage();
            } else {
                String errorId = UUID.randomUUID().toString();
                LOG.errorf(e, "member import %d stopped, error id %s", reportId, errorId);
                failure = "stopped by an unexpected failure, error id " + errorId + "; upload the file again to finish it";
            }
            finish(reportId, ImportStatus.FAILED, failure);
        }
    }

    private void finish(long reportId, ImportStatus status, String failure) {
        QuarkusTransaction.requiringNew().run(() -> em.createQuery("update ImportReport r set r.status = :status, r.failure = :failure where r.id = :id")
                .setParameter("status", status).setParameter("failure", failure).setParameter("id", reportId).executeUpdate());
    }

    /** The report, if its union is in the caller's scope. */
    public ImportReportView get(long id) {
        ImportReport report = ImportReport.findById(id);
        if (report == null || !scope.mayActOn(report.unionId)) {
            throw ProblemException.notFound("member import", id);
        }
        if (report.status == ImportStatus.RUNNING && report.progressedAt != null
                && report.progressedAt.isBefore(OffsetDateTime.now(clock).minus(stalledAfter))) {
            // the server that ran it stopped (a restart, a crash): nobody will finish it
            em.detach(report);
            report.status = ImportStatus.FAILED;
            report.failure = "the import stopped making progress (the server running it may have restarted); "
                    + "upload the file again to enrol the rest";
        }
        try {
            return ImportReportView.of(report, mapper.readValue(report.errors, PROBLEMS));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("member import " + id + " has unreadable errors", e);
        }
    }

    private String json(List<RowProblem> problems) {
        try {
            return mapper.writeValueAsString(problems);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("import problems cannot be written as JSON", e);
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
