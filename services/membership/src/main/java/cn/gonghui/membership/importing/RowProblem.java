package cn.gonghui.membership.importing;

/** One entry of an import report: the spreadsheet row, the column's field name and what is wrong. */
public record RowProblem(int row, String field, String problem) {
}
