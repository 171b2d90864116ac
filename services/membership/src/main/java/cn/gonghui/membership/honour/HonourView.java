package cn.gonghui.membership.honour;

import java.time.LocalDate;

/** An honour as the API shows it. */
public record HonourView(Long id, HonourKind kind, HonourLevel level, int year, RecipientType recipientType,
        Long memberId, Long enterpriseId, String teamName, Long unionId, String title, LocalDate awardedOn, long version) {

    public static HonourView of(Honour h) {
        return new HonourView(h.id, h.kind, h.level, h.year, h.recipientType, h.memberId, h.enterpriseId, h.teamName,
                h.unionId, h.title, h.awardedOn, h.version);
    }
}
