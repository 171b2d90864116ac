package cn.gonghui.membership.importing;

/**
 * One data row of an uploaded file as text, before validation. {@code row} is the spreadsheet's 1-based
 * row number (the header is row 1); absent columns and empty cells are null.
 */
public record ImportRow(int row, String name, String idNumber, String phone, String enterpriseCreditCode, String joinedOn) {
}
