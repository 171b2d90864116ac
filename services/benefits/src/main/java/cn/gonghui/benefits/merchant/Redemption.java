package cn.gonghui.benefits.merchant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** 核销: a member's card used for an offer at a merchant's till. */
@Entity
@Table(name = "redemption")
public class Redemption extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "offer_id", nullable = false)
    public Long offerId;

    @Column(name = "merchant_id", nullable = false)
    public Long merchantId;

    @Column(name = "card_id", nullable = false)
    public Long cardId;

    @Column(name = "member_id", nullable = false)
    public Long memberId;

    @Column(name = "union_id", nullable = false)
    public Long unionId;

    @Column(name = "redeemed_at", nullable = false)
    public OffsetDateTime redeemedAt;

    @Column(name = "redeemed_on", nullable = false)
    public LocalDate redeemedOn;
}
