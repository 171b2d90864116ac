package cn.gonghui.membership.importing;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of an enrolment spreadsheet. Headers may be English or Chinese, in any order; the report
 * always names a column by its English field name.
 */
public enum ImportColumn {
    NAME("name", true, "姓名"),
    ID_NUMBER("idNumber", true, "身份证号", "身份证号码", "公民身份号码"),
    PHONE("phone", false, "手机号", "手机号码"),
    ENTERPRISE_CREDIT_CODE("enterpriseCreditCode", false, "统一社会信用代码"),
    JOINED_ON("joinedOn", false, "入会日期", "入会时间");

    private final String field;
    private final boolean required;
    private final List<String> chineseHeaders;

    ImportColumn(String field, boolean required, String... chineseHeaders) {
        this.field = field;
        this.required = required;
        this.chineseHeaders = List.of(chineseHeaders);
    }

    /** The English field name used in reports: name, idNumber, phone, enterpriseCreditCode, joinedOn. */
    public String field() {
        return field;
    }

    public boolean required() {
        return required;
    }

    /** "idNumber/身份证号", as problems about a missing column name it. */
    public String label() {
        return field + "/" + chineseHeaders.get(0);
    }

    /**
     * The column a header cell names. Ignores case, surrounding blanks, a byte-order mark and the "*"
     * that templates put on required columns.
     */
    public static Optional<ImportColumn> byHeader(String header) {
        if (header == null) {
            return Optional.empty();
        }
        String h = header.replace("\uFEFF", "").replace("*", "").replace("＊", "").strip();
        for (ImportColumn c : values()) {
            if (c.field.toLowerCase(Locale.ROOT).equals(h.toLowerCase(Locale.ROOT)) || c.chineseHeaders.contains(h)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** Sort key of a report field: column order, file-level problems first. */
    static int order(String field) {
        for (ImportColumn c : values()) {
            if (c.field.equals(field)) {
                return c.ordinal();
            }
        }
        return -1;
    }
}
