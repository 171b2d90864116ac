package cn.gonghui.benefits.merchant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 优惠: what a merchant gives the members of a union subtree, between two dates, so many times per member. */
@Entity
@Table(name = "offer")
public class Offer extends PanacheEntityBase {

    @Schema(name = "OfferDiscount", description = "PERCENT_OFF (value: percent), AMOUNT_OFF and SPECIAL_PRICE (value: fen), FREE_ITEM (value 0)")
    public enum Discount {
        PERCENT_OFF,
        AMOUNT_OFF,
        SPECIAL_PRICE,
        FREE_ITEM
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "merchant_id", nullable = false)
    public Long merchantId;

    /** Members of this union's subtree may use it. */
    @Column(name = "union_id", nullable = false)
    public Long unionId;

    @Column(nullable = false)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Discount discount;

    @Column(nullable = false)
    public long value;

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    @Column(name = "valid_to", nullable = false)
    public LocalDate validTo;

    @Column(name = "quota_per_member", nullable = false)
    public int quotaPerMember;

    public boolean validOn(LocalDate date) {
        return !date.isBefore(validFrom) && !date.isAfter(validTo);
    }
}
