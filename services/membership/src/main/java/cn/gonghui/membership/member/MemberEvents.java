package cn.gonghui.membership.member;

import java.time.LocalDate;

/** Payloads of member events. None carries an ID number or a phone, masked or not. */
public final class MemberEvents {

    private MemberEvents() {
    }

    public record MemberJoined(long memberId, long unionId, Long enterpriseId, LocalDate joinedOn) {
    }

    public record MemberTransferred(long memberId, long transferId, long fromUnionId, long toUnionId, Long enterpriseId,
            boolean parked) {
    }

    public record MemberLeft(long memberId, long unionId, LocalDate leftOn) {
    }

    public record MemberRetired(long memberId, long unionId, LocalDate retiredOn) {
    }
}
