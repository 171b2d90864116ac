package cn.gonghui.benefits.card;

import java.time.LocalDate;

/** A card as the API shows it: no name, no ID number (benefits holds none). */
public record CardView(Long id, Long memberId, Long unionId, String number, CardStatus status, boolean retired, LocalDate joinedOn,
        LocalDate leftOn, LocalDate issuedOn, Long replacedBy, long version) {

    public static CardView of(Card c) {
        return new CardView(c.id, c.memberId, c.unionId, c.number, c.status, c.retired, c.joinedOn, c.leftOn, c.issuedOn, c.replacedBy,
                c.version);
    }
}
