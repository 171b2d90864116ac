package cn.gonghui.benefits.card;

import cn.gonghui.problems.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/**
 * 会员服务卡. Its state follows the member's facts as membership's events tell them, in whatever order
 * they arrive: a card is ACTIVE unless the member left on or after the day they joined. A lost card is
 * REPLACED by a new number, which takes its place.
 */
@Entity
@Table(name = "card")
public class Card extends PanacheEntityBase {

    /** The card-number prefix (the district's own; not a bank BIN). */
    static final String PREFIX = "8610";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "member_id", nullable = false)
    public Long memberId;

    @Column(name = "union_id", nullable = false)
    public Long unionId;

    @Column(nullable = false)
    public String number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CardStatus status;

    @Column(name = "joined_on")
    public LocalDate joinedOn;

    @Column(name = "left_on")
    public LocalDate leftOn;

    /** 退休: a retired member keeps the card, marked. */
    @Column(nullable = false)
    public boolean retired;

    @Column(name = "issued_on", nullable = false)
    public LocalDate issuedOn;

    @Column(name = "replaced_by")
    public Long replacedBy;

    @Version
    public long version;

    /** Sixteen digits: the prefix, eleven digits of a sequence, and a Luhn check digit. */
    public static String number(long sequence) {
        String body = PREFIX + String.format("%011d", sequence);
        return body + luhn(body);
    }

    static int luhn(String digits) {
        int sum = 0;
        boolean twice = true;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return (10 - sum % 10) % 10;
    }

    public static boolean validNumber(String number) {
        return number != null && number.matches("[0-9]{16}") && luhn(number.substring(0, 15)) == number.charAt(15) - '0';
    }

    /** Joined (入会) on {@code on}: the later of what is known counts. */
    public void joined(LocalDate on) {
        if (joinedOn == null || on.isAfter(joinedOn)) {
            joinedOn = on;
        }
        settle();
    }

    /** Left (退会) on {@code on}. */
    public void left(LocalDate on) {
        if (leftOn == null || on.isAfter(leftOn)) {
            leftOn = on;
        }
        settle();
    }

    /** 转会: the card follows the member to their new union. */
    public void movedTo(long union) {
        unionId = union;
        settle();
    }

    /** 退休: kept, and marked. */
    public void retire() {
        retired = true;
        settle();
    }

    /** ACTIVE unless the last leaving is on or after the last joining; a replaced card stays replaced. */
    void settle() {
        if (status == CardStatus.REPLACED) {
            return;
        }
        boolean gone = leftOn != null && (joinedOn == null || !leftOn.isBefore(joinedOn));
        status = gone ? CardStatus.SUSPENDED : CardStatus.ACTIVE;
    }

    /** 挂失补卡: this card is replaced by {@code next}, which takes over its facts. */
    public void replaceWith(Card next) {
        if (status != CardStatus.ACTIVE) {
            throw ProblemException.invalidState("card " + id + " is " + status + "; only an active card can be replaced");
        }
        status = CardStatus.REPLACED;
        next.memberId = memberId;
        next.unionId = unionId;
        next.joinedOn = joinedOn;
        next.leftOn = leftOn;
        next.retired = retired;
        next.status = CardStatus.ACTIVE;
    }

    public boolean active() {
        return status == CardStatus.ACTIVE;
    }
}
