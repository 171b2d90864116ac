package cn.gonghui.membership.importing;

import cn.gonghui.identifiers.ResidentIdNumber;
import cn.gonghui.identifiers.UnifiedSocialCreditCode;
import cn.gonghui.personaldata.PersonalDataCipher;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks one row with the same rules as a single enrolment (MemberRequests.Join), reporting every problem
 * of the row, each with its field. Stateless after construction, so rows may be checked in parallel.
 */
final class RowValidator {

    static final int MAX_NAME_LENGTH = 50;
    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    /** What Excel makes of an 18-digit number typed into a General cell: 1.10105E+17. */
    private static final Pattern SCIENTIFIC = Pattern.compile("\\d(\\.\\d+)?[eE]\\+?\\d+");

    private final PersonalDataCipher cipher;
    private final Map<String, Long> enterpriseIds;
    private final LocalDate today;

    /** {@code enterpriseIds}: normalized credit code to enterprise id, for every code the file names that exists. */
    RowValidator(PersonalDataCipher cipher, Map<String, Long> enterpriseIds, LocalDate today) {
        this.cipher = cipher;
        this.enterpriseIds = Map.copyOf(enterpriseIds);
        this.today = today;
    }

    CheckedRow check(ImportRow row) {
        List<RowProblem> problems = new ArrayList<>(2);

        String name = row.name() == null ? null : row.name().strip();
        if (name == null || name.isEmpty()) {
            problems.add(problem(row, ImportColumn.NAME, "is required"));
        } else if (name.length() > MAX_NAME_LENGTH) {
            problems.add(problem(row, ImportColumn.NAME, "must be at most " + MAX_NAME_LENGTH + " characters"));
        } else if (name.chars().anyMatch(Character::isISOControl)) {
            problems.add(problem(row, ImportColumn.NAME, "must not contain line breaks or control characters"));
        }

        String idNumber = ResidentIdNumber.normalize(identifier(row.idNumber()));
        String hash = null;
        if (idNumber == null || idNumber.isEmpty()) {
            problems.add(problem(row, ImportColumn.ID_NUMBER, "is required"));
        } else if (SCIENTIFIC.matcher(idNumber).matches()) {
            problems.add(problem(row, ImportColumn.ID_NUMBER,
                    "was stored as a number and lost its digits; format the column as text and enter it again"));
        } else {
            Optional<String> idProblem = ResidentIdNumber.problem(idNumber);
            if (idProblem.isPresent()) {
                problems.add(problem(row, ImportColumn.ID_NUMBER, "is not a valid resident ID number: " + idProblem.get()));
            } else {
                hash = cipher.lookupHash(idNumber);
            }
        }

        String phone = identifier(row.phone());
        if (phone != null && !phone.isEmpty() && !MOBILE.matcher(phone).matches()) {
            problems.add(problem(row, ImportColumn.PHONE, "must be an 11-digit mainland mobile number"));
        }
        if (phone != null && phone.isEmpty()) {
            phone = null;
        }

        Long enterpriseId = null;
        String code = creditCode(row);
        if (code != null) {
            Optional<String> codeProblem = UnifiedSocialCreditCode.problem(code);
            if (codeProblem.isPresent()) {
                problems.add(problem(row, ImportColumn.ENTERPRISE_CREDIT_CODE,
                        "is not a valid unified social credit code: " + codeProblem.get()));
            } else {
                enterpriseId = enterpriseIds.get(code);
                if (enterpriseId == null) {
                    problems.add(problem(row, ImportColumn.ENTERPRISE_CREDIT_CODE, "no enterprise with this credit code is registered"));
                }
            }
        }

        LocalDate joinedOn = today;
        String joined = row.joinedOn() == null ? null : row.joinedOn().strip();
        if (joined != null && !joined.isEmpty()) {
            try {
                joinedOn = LocalDate.parse(joined);
                if (joinedOn.isAfter(today)) {
                    problems.add(problem(row, ImportColumn.JOINED_ON, "must not be in the future"));
                }
            } catch (DateTimeParseException e) {
                problems.add(problem(row, ImportColumn.JOINED_ON, "must be a date written yyyy-MM-dd"));
            }
        }

        if (!problems.isEmpty()) {
            return new CheckedRow(row.row(), hash, null, List.copyOf(problems));
        }
        return new CheckedRow(row.row(), hash,
                new NewMember(row.row(), name, idNumber, hash, phone, enterpriseId, joinedOn), List.of());
    }

    /** The normalized credit code of the row, or null when the cell is empty. */
    static String creditCode(ImportRow row) {
        String code = UnifiedSocialCreditCode.normalize(identifier(row.enterpriseCreditCode()));
        return code == null || code.isEmpty() ? null : code;
    }

    /**
     * An identifier cell without the tricks spreadsheets need to keep digits as text: surrounding blanks,
     * a leading apostrophe, or the CSV formula form {@code ="110105..."}.
     */
    static String identifier(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        if (v.length() >= 3 && v.startsWith("=\"") && v.endsWith("\"")) {
            v = v.substring(2, v.length() - 1).strip();
        }
        if (v.startsWith("'")) {
            v = v.substring(1).strip();
        }
        return v;
    }

    private static RowProblem problem(ImportRow row, ImportColumn column, String problem) {
        return new RowProblem(row.row(), column.field(), problem);
    }
}
