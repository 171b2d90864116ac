package cn.gonghui.mediation.dispute;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the case endpoints. */
public final class CaseRequests {

    private CaseRequests() {
    }

    /** One claim 请求事项 with the amount claimed. */
    @Schema(name = "ClaimInput")
    public record ClaimInput(
            @NotNull ClaimCategory category,
            @NotNull @PositiveOrZero @Schema(description = "the amount claimed (涉及金额), fen") Long claimedFen,
            @Size(max = 500) String description) {
    }

    /**
     * 受理 at a centre, by an officer or a mediator. An oral application (Art 12) is recorded with the applicant's
     * contact phone, the claims, the facts and the day; receivedOn defaults to today.
     */
    @Schema(name = "CaseIntake")
    public record Intake(
            @NotNull Long centreId,
            @NotBlank @Size(max = 50) @Schema(description = "the applicant (for a group dispute: the first representative)") String name,
            @NotBlank @Schema(description = "居民身份证号; stored sealed, shown masked") String idNumber,
            @Pattern(regexp = "1[3-9][0-9]{9}", message = "must be an 11-digit mainland mobile number") String phone,
            @NotNull @Schema(description = "still employed by the respondent (the limitation of a wage claim waits for the end of the job)") Boolean stillEmployed,
            LocalDate employmentEndedOn,
            @Schema(description = "the respondent enterprise, when membership knows it") Long enterpriseId,
            @Size(max = 200) @Schema(description = "the respondent's name; required without enterpriseId") String respondentName,
            @NotBlank @Size(max = 4000) @Schema(description = "facts and reasons 事实与理由") String facts,
            @NotNull Channel channel,
            @Schema(description = "口头申请, recorded by the centre") boolean oral,
            @Min(1) @Max(100000) @Schema(description = "workers on the applicant's side (default 1); 10 or more is a group dispute") Integer workersInvolved,
            @Min(0) @Schema(description = "elected representatives of a group dispute") Integer representatives,
            @Schema(description = "LEAD (default) or ASSISTING: a group incident the government leads and the union helps resolve") DisputeCase.UnionRole unionRole,
            @NotEmpty @Size(max = 20) List<@NotNull @Valid ClaimInput> claims,
            LocalDate receivedOn) {
    }

    /** Applied from the member's phone, for themselves (channel MINI_PROGRAM). */
    @Schema(name = "CaseSelfIntake")
    public record SelfIntake(
            @NotNull Long centreId,
            @NotBlank @Size(max = 50) String name,
            @NotBlank String idNumber,
            @Pattern(regexp = "1[3-9][0-9]{9}", message = "must be an 11-digit mainland mobile number") String phone,
            @NotNull Boolean stillEmployed,
            LocalDate employmentEndedOn,
            Long enterpriseId,
            @Size(max = 200) String respondentName,
            @NotBlank @Size(max = 4000) String facts,
            @NotEmpty @Size(max = 20) List<@NotNull @Valid ClaimInput> claims) {
    }

    /** 指派: mediatorId, or none for the centre's active mediator with the fewest open cases. Needs If-Match. */
    @Schema(name = "CaseAssignment")
    public record Assign(Long mediatorId) {
    }

    @Schema(name = "SessionRecord")
    public record Session(
            @NotNull LocalDate heldOn,
            boolean applicantAttended,
            boolean respondentAttended,
            @NotBlank @Size(max = 4000) String notes) {
    }

    /** One term of the agreement: an amount against a claim, due on a day (several per claim: instalments). */
    @Schema(name = "AgreementTermInput")
    public record Term(@NotNull Long claimId, @NotNull @Positive Long amountFen, @NotNull LocalDate dueOn) {
    }

    /** 调解协议: its terms. Needs If-Match; may be rewritten until the first signature. */
    @Schema(name = "AgreementDraft")
    public record Agreement(@NotEmpty @Size(max = 100) List<@NotNull @Valid Term> terms) {
    }

    /** A party signs; signerName is required for the applicant and the respondent (the mediator's is on record). */
    @Schema(name = "SignatureRecord")
    public record Sign(@NotNull Signature.Party party, @Size(max = 100) String signerName, LocalDate signedOn) {
    }

    @Schema(name = "PaymentRecord")
    public record Pay(@NotNull Long termId, @NotNull @Positive Long amountFen, LocalDate paidOn, @Size(max = 100) String reference) {
    }

    /** 仲裁衔接. employmentEndedOn, when the job ended during mediation, sets the limitation of a wage claim running. */
    @Schema(name = "CaseReferral")
    public record Refer(@NotNull DisputeCase.ReferralReason reason, @Size(max = 2000) String note, LocalDate employmentEndedOn) {
    }

    @Schema(name = "CaseWithdrawal")
    public record Withdraw(@NotBlank @Size(max = 2000) String reason) {
    }

    /** 立卷. */
    @Schema(name = "CaseFiling")
    public record File(@NotNull DisputeCase.FileType type) {
    }
}
