package cn.gonghui.assistance.grant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the grant endpoints. */
public final class GrantRequests {

    private GrantRequests() {
    }

    /**
     * An officer applies for a worker: either for a hardship household (fileId) or for anyone else
     * (idNumber, name and unionId). amountFen may be left out when the campaign pays a fixed amount.
     */
    @Schema(name = "GrantApplication")
    public record Apply(
            @NotNull Long campaignId,
            Long fileId,
            Long unionId,
            @Schema(description = "居民身份证号, when there is no fileId") String idNumber,
            @Size(max = 50) String name,
            Boolean migrant,
            RecipientCategory category,
            @Positive Long amountFen,
            @Size(max = 200) @Schema(description = "what is given, for help in kind") String inKind,
            @NotBlank @Size(max = 2000) String reason) {
    }

    /** A member applies from the phone, for themselves: the ID number must be the member's own. */
    @Schema(name = "GrantSelfApplication")
    public record ApplySelf(
            @NotNull Long campaignId,
            @NotBlank String idNumber,
            @NotBlank @Size(max = 50) String name,
            boolean migrant,
            @Positive Long amountFen,
            @Size(max = 200) @Schema(description = "what is asked for, for help in kind; by default what the campaign gives (its name)") String inKind,
            @NotBlank @Size(max = 2000) String reason) {
    }

    /** 核查 result. For a hardship household it is also recorded as a home visit on the file. */
    @Schema(name = "GrantVerification")
    public record Verify(@NotBlank @Size(max = 2000) String findings, LocalDate visitedOn) {
    }

    /** 审批: the committee's decision (meeting or document reference). */
    @Schema(name = "GrantApproval")
    public record Approve(@NotBlank @Size(max = 200) String decisionRef) {
    }

    @Schema(name = "GrantClosing")
    public record Close(@NotBlank @Size(max = 2000) String reason) {
    }

    /** 发放: the payment reference from the bank or the cashier; sending the same one again is harmless. */
    @Schema(name = "GrantDisbursement")
    public record Disburse(@NotBlank @Size(max = 100) String paymentReference) {
    }

    /** 公示异议 as received (in writing, by phone, at the notice board). */
    @Schema(name = "ObjectionRecord")
    public record Raise(@NotBlank @Size(max = 2000) String statement) {
    }

    /** 异议处理: upheld cancels the grant; dismissed lets it go on. */
    @Schema(name = "ObjectionResolution")
    public record Resolve(@NotNull Boolean upheld, @NotBlank @Size(max = 2000) String resolution) {
    }
}
