package cn.gonghui.membership.honour;

import java.time.LocalDate;

/** Payloads of the honour events (see docs/events.md). No names: a recipient is known by its id only. */
public final class HonourEvents {

    private HonourEvents() {
    }

    /** 授予: recorded as conferred, or a nomination decided CONFERRED. */
    public record HonourConferred(long honourId, HonourKind kind, HonourLevel level, int year, RecipientType recipientType,
            Long memberId, Long enterpriseId, Long recipientUnionId, Long servicePointId, long unionId, LocalDate awardedOn,
            Long rewardFen) {
    }

    /** 撤销 of a conferred honour. */
    public record HonourRevoked(long honourId, HonourKind kind, HonourLevel level, int year, RecipientType recipientType,
            Long memberId, long unionId, LocalDate revokedOn) {
    }
}
