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
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
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

    @PostConstruct
    void limitWorkbooks() {
        RowReader.limitUnpackedParts(maxXlsxPartBytes);
    }

    /** A large file takes seconds, not minutes; the default 60 s timeout leaves no room on a slow database. */
    @Transactional
    @TransactionConfiguration(timeout = 900)
    public ImportReportView importFile(long unionId, ImportFormat format, String fileName, byte[] content) {
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

        MemberBatchWriter.Written written = writer.write(union.id, caller.subject(), today, valid);

        ImportReport report = new ImportReport();
        report.unionId = union.id;
        report.fileName = fileName;
        report.contentSha256 = sha256(content);
        report.format = format;
        report.totalRows = rows.size();
        report.imported = written.imported();
        report.alreadyMembers = written.alreadyMembers();
        report.rejected = rejected;
        report.errors = json(problems);
        report.importedBy = caller.subject();
        report.createdAt = OffsetDateTime.now(clock);
        report.persist();
        LOG.infof("member import %d into union %d: %d rows, %d imported, %d already members, %d rejected in %d ms",
                report.id, union.id, report.totalRows, report.imported, report.alreadyMembers, report.rejected,
                (System.nanoTime() - started) / 1_000_000);
        return ImportReportView.of(report, problems);
    }

    /** The report, if its union is in the caller's scope. */
    public ImportReportView get(long id) {
        ImportReport report = ImportReport.findById(id);
        if (report == null || !scope.mayActOn(report.unionId)) {
            throw ProblemException.notFound("member import", id);
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
