package cn.gonghui.membership.importing;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** The per-row problems as a CSV download: UTF-8 with a byte-order mark, so Excel shows the Chinese right. */
final class ErrorsCsv {

    static final String MEDIA_TYPE = "text/csv; charset=UTF-8";

    private ErrorsCsv() {
    }

    static byte[] write(List<RowProblem> problems) {
        StringBuilder csv = new StringBuilder(64 + problems.size() * 64);
        csv.append('\uFEFF').append("row,field,problem\r\n");
        for (RowProblem p : problems) {
            csv.append(p.row()).append(',').append(cell(p.field())).append(',').append(cell(p.problem())).append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Quoted when needed; a leading = + - @ is defused so a spreadsheet never runs it as a formula. */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String v = value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
