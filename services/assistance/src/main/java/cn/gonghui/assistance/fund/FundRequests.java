package cn.gonghui.assistance.fund;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the fund, donation and allocation endpoints. Amounts are fen; dates default to today. */
public final class FundRequests {

    private FundRequests() {
    }

    /** 设立资金. restriction is required for a DONOR_RESTRICTED fund. */
    @Schema(name = "FundOpening")
    public record Open(@NotNull Long unionId, @NotBlank @Size(max = 100) String name, @NotNull FundKind kind,
            @Size(max = 500) String restriction, LocalDate openedOn) {
    }

    /** 拨入: money from the union's budget into the fund. */
    @Schema(name = "FundIncome")
    public record Income(@NotNull @Positive Long amountFen, @NotBlank @Size(max = 500) String purpose, LocalDate on) {
    }

    /** 划转: from this fund to another. */
    @Schema(name = "FundTransfer")
    public record Transfer(@NotNull Long toFundId, @NotNull @Positive Long amountFen, @NotBlank @Size(max = 500) String purpose,
            LocalDate on) {
    }

    /** 捐款. enterpriseId names the donor unit when the organisation knows it. */
    @Schema(name = "DonationRecord")
    public record Donate(@NotNull Long unionId, @NotNull Long fundId, @NotNull Donation.DonorKind donorKind,
            @NotBlank @Size(max = 100) String donorName, Long enterpriseId, @Size(max = 100) String drive,
            @NotNull @Positive Long amountFen, LocalDate receivedOn, @NotBlank @Size(max = 50) String receiptNumber) {
    }

    /** A donation recorded by mistake is reversed, with the reason; on defaults to today. */
    @Schema(name = "DonationReversal")
    public record Reverse(@NotBlank @Size(max = 500) String reason, LocalDate on) {
    }

    /** 表彰: the donor as named on its receipts, and the title (e.g. 2026年度春风行动捐款先进单位). */
    @Schema(name = "DonorCommendationRecord")
    public record Commend(@NotNull Long unionId, @NotBlank @Size(max = 100) String donorName, @NotNull Donation.DonorKind donorKind,
            @NotBlank @Size(max = 100) String title, LocalDate commendedOn) {
    }

    /** 下拨 to a union (recipientKind UNION: unionId) or an enterprise (ENTERPRISE: enterpriseId). */
    @Schema(name = "UnitAllocationRecord")
    public record Allocate(@NotNull UnitAllocation.RecipientKind recipientKind, Long unionId, Long enterpriseId,
            @NotNull @Positive Long amountFen, @NotBlank @Size(max = 500) String purpose, LocalDate on) {
    }
}
