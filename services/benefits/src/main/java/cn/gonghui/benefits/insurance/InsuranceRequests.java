package cn.gonghui.benefits.insurance;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the insurance endpoints. */
public final class InsuranceRequests {

    private InsuranceRequests() {
    }

    /** A plan an insurer (its partnerId) offers to the members of unionId's subtree. */
    @Schema(name = "InsurancePlanRecord")
    public record Plan(@NotNull Long unionId, @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,49}") String insurerId,
            @NotBlank @Size(max = 100) String name, @NotNull InsurancePlan.Kind kind, @NotNull @PositiveOrZero Long premiumFen,
            boolean womenOnly) {
    }

    @Schema(name = "CoverPeriodRecord")
    public record Period(@NotNull LocalDate startsOn, @NotNull LocalDate endsOn) {
    }

    /** 参保: the member, in a period of a plan. */
    @Schema(name = "EnrolmentRequest")
    public record Enrol(@NotNull Long periodId, @NotNull Long memberId) {
    }

    /** 既有保障登记: members the insurer's list already covers in a running period, and why they are recorded now. */
    @Schema(name = "ExistingCover")
    public record ExistingCover(@NotBlank @Size(max = 500) String reason, @NotNull @Size(min = 1, max = 1000) List<Long> memberIds) {
    }

    /** One claim as the insurer sends it. The diagnosis is health data: sealed at rest, masked, unmasked only with an audit row. */
    @Schema(name = "ClaimSubmission")
    public record ClaimItem(String insurerClaimId, Long enrolmentId, LocalDate incidentOn, Long claimedFen, String diagnosis) {
    }

    /** Up to 1000 claims; send it with an Idempotency-Key. */
    @Schema(name = "ClaimBatch")
    public record ClaimBatch(@NotNull @Size(min = 1, max = 1000) List<ClaimItem> claims) {
    }

    /** A claim's new status; paidFen with PAID. */
    @Schema(name = "ClaimStatusUpdate")
    public record StatusUpdate(@NotNull Claim.Status status, @PositiveOrZero Long paidFen) {
    }

    @Schema(name = "WebhookEndpointRecord")
    public record Webhook(@NotBlank @Size(max = 500) @Pattern(regexp = "https?://.+") String url) {
    }

    /** The insurer's own totals for a day, per claim status. */
    @Schema(name = "ReconciliationTotals")
    public record Totals(@NotNull LocalDate asOf, @NotEmpty @Size(max = 10) List<@Valid @NotNull StatusTotal> totals) {
    }

    @Schema(name = "ReconciliationStatusTotal")
    public record StatusTotal(@NotNull Claim.Status status, @NotNull @PositiveOrZero Long count, @NotNull @PositiveOrZero Long amountFen) {
    }

    @Schema(name = "UnmaskReason")
    public record Unmask(@NotBlank @Size(max = 500) String reason) {
    }
}
