package cn.gonghui.membership.importing;

import java.util.List;

/**
 * A row after validation: either {@code member} (no problems) or its problems. {@code idNumberHash} is set
 * whenever the ID number itself is valid, so duplicates within the file are found even on rejected rows.
 */
public record CheckedRow(int row, String idNumberHash, NewMember member, List<RowProblem> problems) {
}
