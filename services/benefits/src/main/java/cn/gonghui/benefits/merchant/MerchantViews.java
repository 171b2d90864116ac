package cn.gonghui.benefits.merchant;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Merchants, offers and redemptions as the API shows them. */
public final class MerchantViews {

    private MerchantViews() {
    }

    public record MerchantView(Long id, String partnerId, Long unionId, String name, String category, LocalDate joinedOn, LocalDate leftOn,
            long version) {

        public static MerchantView of(Merchant m) {
            return new MerchantView(m.id, m.partnerId, m.unionId, m.name, m.category, m.joinedOn, m.leftOn, m.version);
        }
    }

    public record OfferView(Long id, Long merchantId, Long unionId, String title, Offer.Discount discount, long value, LocalDate validFrom,
            LocalDate validTo, int quotaPerMember) {

        public static OfferView of(Offer o) {
            return new OfferView(o.id, o.merchantId, o.unionId, o.title, o.discount, o.value, o.validFrom, o.validTo, o.quotaPerMember);
        }
    }

    /** What the merchant learns at the till: the card is a valid member's, the offer is allowed, how many uses are left. No personal data. */
    public record RedemptionView(Long id, Long offerId, boolean validMember, boolean offerAllowed, int usesLeft, OffsetDateTime redeemedAt) {
    }
}
