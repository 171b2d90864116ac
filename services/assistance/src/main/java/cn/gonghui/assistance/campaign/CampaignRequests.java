package cn.gonghui.assistance.campaign;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the campaign endpoints. */
public final class CampaignRequests {

    private CampaignRequests() {
    }

    /**
     * 设立帮扶活动. A CASH campaign names the fund it pays from; an IN_KIND one none. maxAmountFen defaults to
     * minAmountFen (a fixed amount per person, e.g. 过节费 50000 fen). noticeDays: days of public notice 公示
     * after an approval (0 for emergencies).
     */
    @Schema(name = "CampaignLaunch")
    public record Launch(
            @NotNull Long unionId,
            @NotBlank @Size(max = 100) String name,
            @NotNull CampaignKind kind,
            @NotNull HelpKind help,
            @NotNull Eligibility eligibility,
            boolean womenOnly,
            Long fundId,
            @NotNull @Positive Long minAmountFen,
            @Positive Long maxAmountFen,
            @NotNull @Positive Long budgetFen,
            @NotNull LocalDate opensOn,
            @NotNull LocalDate closesOn,
            @NotNull @Min(0) @Max(30) Integer noticeDays) {
    }
}
