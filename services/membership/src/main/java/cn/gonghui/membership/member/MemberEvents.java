package cn.gonghui.membership.member;

import cn.gonghui.identifiers.ResidentIdNumber;
import java.time.LocalDate;

/** Payloads of member events. None carries an ID number or a phone, masked or not. */
public final class MemberEvents {

    private MemberEvents() {
    }

    /**
     * {@code gender} and {@code birthYear} come from the ID number (its 17th character and birth date), so
     * other services can count by them without ever holding the number.
     */
    public record MemberJoined(long memberId, long unionId, Long enterpriseId, LocalDate joinedOn, String gender,
            Integer birthYear) {

        public static MemberJoined of(long memberId, long unionId, Long enterpriseId, LocalDate joinedOn, String idNumber) {
            return new MemberJoined(memberId, unionId, enterpriseId, joinedOn, ResidentIdNumber.gender(idNumber),
                    ResidentIdNumber.birthDate(idNumber).getYear());
        }
    }

    public record MemberTransferred(long memberId, long transferId, long fromUnionId, long toUnionId, Long enterpriseId,
            boolean parked) {
    }

    public record MemberLeft(long memberId, long unionId, LocalDate leftOn) {
    }

    public record MemberRetired(long memberId, long unionId, LocalDate retiredOn) {
    }
}
