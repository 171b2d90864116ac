package cn.gonghui.problems;

/** One bad field: its JSON path (or parameter / header / CSV column name) and what is wrong with it. */
public record FieldProblem(String field, String problem) {
}
