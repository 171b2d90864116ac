package cn.gonghui.benefits.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gonghui.problems.ProblemException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The card's own rules: the same facts in any order give the same state; numbers carry a Luhn check digit. */
class CardRulesTest {

    static final LocalDate JOINED = LocalDate.of(2025, 3, 1);
    static final LocalDate LEFT = LocalDate.of(2026, 6, 30);

    @Test
    void joinedThenLeftAndLeftThenJoinedBothEndSuspended() {
        Card inOrder = new Card();
        inOrder.joined(JOINED);
        assertThat(inOrder.status).isEqualTo(CardStatus.ACTIVE);
        inOrder.left(LEFT);
        Card reversed = new Card();
        reversed.left(LEFT);
        reversed.joined(JOINED);
        assertThat(inOrder.status).isEqualTo(CardStatus.SUSPENDED);
        assertThat(reversed.status).isEqualTo(CardStatus.SUSPENDED);
    }

    @Test
    void rejoiningAfterLeavingMakesTheCardActiveAgainAndLeavingOnTheJoiningDaySuspends() {
        Card c = new Card();
        c.joined(JOINED);
        c.left(LEFT);
        c.joined(LEFT.plusDays(1));
        assertThat(c.status).isEqualTo(CardStatus.ACTIVE);
        Card sameDay = new Card();
        sameDay.joined(JOINED);
        sameDay.left(JOINED);
        assertThat(sameDay.status).isEqualTo(CardStatus.SUSPENDED);
    }

    @Test
    void aReplacedCardStaysReplacedAndOnlyAnActiveOneIsReplaced() {
        Card lost = new Card();
        lost.id = 1L;
        lost.memberId = 42L;
        lost.unionId = 3L;
        lost.joined(JOINED);
        Card next = new Card();
        lost.replaceWith(next);
        assertThat(lost.status).isEqualTo(CardStatus.REPLACED);
        assertThat(next.status).isEqualTo(CardStatus.ACTIVE);
        assertThat(next.memberId).isEqualTo(42L);
        lost.left(LEFT);
        assertThat(lost.status).isEqualTo(CardStatus.REPLACED);
        assertThatThrownBy(() -> lost.replaceWith(new Card())).isInstanceOf(ProblemException.class);
    }

    @Test
    void numbersHaveSixteenDigitsAndACheckDigitThatCatchesATypo() {
        String number = Card.number(12345);
        assertThat(number).hasSize(16).startsWith(Card.PREFIX);
        assertThat(Card.validNumber(number)).isTrue();
        char last = number.charAt(15);
        String typo = number.substring(0, 15) + (char) ('0' + (last - '0' + 1) % 10);
        assertThat(Card.validNumber(typo)).isFalse();
        assertThat(Card.luhn("453957876362148")).isEqualTo(6);
    }
}
