package cn.gonghui.benefits.card;

import java.time.LocalDate;

/** Events about cards: ids and dates only. */
public final class CardEvents {

    private CardEvents() {
    }

    public record CardIssued(long cardId, long memberId, long unionId, String number, LocalDate issuedOn, Long replaces) {
    }

    public record CardSuspended(long cardId, long memberId, long unionId, LocalDate leftOn) {
    }
}
