package cn.gonghui.bargaining.contract;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the contract endpoints. Dates left out are today; none may lie in the future. */
public final class ContractRequests {

    private ContractRequests() {
    }

    /** An enterprise the contract covers and the workers covered there (at most its headcount). */
    @Schema(name = "ContractCoveredEnterprise")
    public record Covered(@NotNull Long enterpriseId, @NotNull @Min(1) @Max(1000000) Integer workers) {
    }

    /** 要约: unionId is the union that bargains; every enterprise must sit under it. */
    @Schema(name = "ContractOffer")
    public record Offer(@NotNull Long unionId, @NotNull ContractKind kind, @NotNull ContractScope scope,
            @NotBlank @Size(max = 200) String title, @NotNull Contract.Initiator initiator,
            @NotNull @Size(min = 1, max = 500) List<@NotNull @Valid Covered> enterprises, LocalDate offeredOn) {
    }

    /** 书面回应 to an offer. */
    @Schema(name = "ContractAnswer")
    public record Answer(@NotNull Boolean accepted, LocalDate answeredOn) {
    }

    /** 协商会议: both sides send 3 to 10 negotiators, as many as each other (集体合同规定 Art 19; at most 10, 1994 规定 Art 8). */
    @Schema(name = "ContractRound")
    public record Round(LocalDate heldOn, @NotNull Integer unionNegotiators, @NotNull Integer employerNegotiators,
            @NotBlank @Size(max = 50) String unionChief, @NotBlank @Size(max = 50) String employerChief,
            @NotBlank @Size(max = 20000) String minutes, @Size(max = 20000) String proposals) {
    }

    /** 职代会 vote: all representatives, those present, and those in favour. */
    @Schema(name = "ContractCongressVote")
    public record Vote(LocalDate heldOn, @NotNull @Min(1) @Max(100000) Integer representatives, @NotNull @Min(0) Integer present,
            @NotNull @Min(0) Integer inFavour) {
    }

    /** 签字: startsOn defaults to the signing day; the term is 12 to 36 months. */
    @Schema(name = "ContractSigning")
    public record Sign(LocalDate signedOn, LocalDate startsOn, @NotNull Integer termMonths) {
    }

    /** 报送: the day the labour administration received the text, and which office. */
    @Schema(name = "ContractFiling")
    public record File(LocalDate filedOn, @NotBlank @Size(max = 100) String bureau) {
    }

    @Schema(name = "ContractReviewOutcome")
    public enum ReviewOutcome {
        /** 审查同意: effective that day */
        APPROVED,
        /** 审查意见: the draft goes back to negotiation */
        OBJECTION
    }

    /** 审查 by the labour administration. */
    @Schema(name = "ContractReviewRecord")
    public record Review(@NotNull ReviewOutcome outcome, LocalDate reviewedOn, @Size(max = 2000) String notes) {
    }

    @Schema(name = "ContractWithdrawal")
    public record Withdraw(@NotBlank @Size(max = 500) String reason) {
    }

    /** 续签 offer; the enterprises default to those of the contract renewed, with the same workers. */
    @Schema(name = "ContractRenewal")
    public record Renew(LocalDate offeredOn, Contract.Initiator initiator, @Size(max = 200) String title,
            @Size(min = 1, max = 500) List<@NotNull @Valid Covered> enterprises) {
    }

    /** 要约行动: renewal offers for the contracts due in unionId's subtree (default: your own). */
    @Schema(name = "ContractRenewalDrive")
    public record Drive(Long unionId, LocalDate offeredOn, Contract.Initiator initiator) {
    }
}
