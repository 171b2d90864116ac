package cn.gonghui.membership.honour;

import java.time.LocalDate;

/** An honour as the API shows it. */
public record HonourView(Long id, HonourKind kind, HonourLevel level, int year, RecipientType recipientType,
        Long memberId, Long enterpriseId, String teamName, Long recipientUnionId, Long servicePointId, String personName,
        Long unionId, String title, HonourStatus status, LocalDate nominatedOn, LocalDate awardedOn,
        LocalDate notConferredOn, LocalDate revokedOn, String revokeReason, Long rewardFen, String conferredBy,
        String programme, long version) {

    public static HonourView of(Honour h) {
        return new HonourView(h.id, h.kind, h.level, h.year, h.recipientType, h.memberId, h.enterpriseId, h.teamName,
                h.recipientUnionId, h.servicePointId, h.personName, h.unionId, h.title, h.status, h.nominatedOn, h.awardedOn,
                h.notConferredOn, h.revokedOn, h.revokeReason, h.rewardFen, h.conferredBy, h.programme, h.version);
    }
}
