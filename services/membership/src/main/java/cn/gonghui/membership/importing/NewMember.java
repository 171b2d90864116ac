package cn.gonghui.membership.importing;

import java.time.LocalDate;

/**
 * A row that passed validation, still in clear: the writer seals the ID number and phone only for
 * rows it actually inserts. {@code idNumber} is normalized and {@code idNumberHash} is its lookup hash.
 */
public record NewMember(int row, String name, String idNumber, String idNumberHash, String phone, Long enterpriseId,
        LocalDate joinedOn) {

    @Override
    public String toString() {
        return "NewMember[row=" + row + "]";
    }
}
