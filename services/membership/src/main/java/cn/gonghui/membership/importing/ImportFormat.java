package cn.gonghui.membership.importing;

import jakarta.ws.rs.core.MediaType;

/** The spreadsheet formats unions upload, by the request's Content-Type. */
public enum ImportFormat {
    CSV,
    XLSX;

    public static final String CSV_TYPE = "text/csv";
    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** XLSX for the OOXML spreadsheet type, CSV otherwise (the resource accepts nothing else). */
    static ImportFormat of(MediaType type) {
        if (type != null && "application".equalsIgnoreCase(type.getType())
                && "vnd.openxmlformats-officedocument.spreadsheetml.sheet".equalsIgnoreCase(type.getSubtype())) {
            return XLSX;
        }
        return CSV;
    }
}
