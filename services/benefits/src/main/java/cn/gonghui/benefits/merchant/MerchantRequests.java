package cn.gonghui.benefits.merchant;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the merchant, offer and redemption endpoints. */
public final class MerchantRequests {

    private MerchantRequests() {
    }

    /** 加盟: partnerId is the partnerId claim of the merchant's tokens (lower case letters, digits, '-'). */
    @Schema(name = "MerchantEnrolment")
    public record Enrol(@NotNull Long unionId, @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,49}") String partnerId,
            @NotBlank @Size(max = 100) String name, @NotBlank @Size(max = 50) String category, LocalDate joinedOn) {
    }

    /** 退出: the merchant no longer takes the card from leftOn (default today). */
    @Schema(name = "MerchantLeaving")
    public record Leave(LocalDate leftOn) {
    }

    /** 优惠: for the members of unionId's subtree. */
    @Schema(name = "OfferRecord")
    public record Publish(@NotNull Long unionId, @NotBlank @Size(max = 100) String title, @NotNull Offer.Discount discount,
            @NotNull @PositiveOrZero Long value, @NotNull LocalDate validFrom, @NotNull LocalDate validTo,
            @NotNull @Min(1) @Max(1000) Integer quotaPerMember) {
    }

    /** What the till sends: the scanned QR token and the offer used. */
    @Schema(name = "RedemptionRequest")
    public record Redeem(@NotBlank @Size(max = 300) String token, @NotNull Long offerId) {
    }
}
