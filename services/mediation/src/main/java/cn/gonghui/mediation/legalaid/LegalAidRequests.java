package cn.gonghui.mediation.legalaid;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the legal-aid endpoints. */
public final class LegalAidRequests {

    private LegalAidRequests() {
    }

    @Schema(name = "LegalAidIntake")
    public record Accept(
            @NotNull Long unionId,
            @NotBlank @Size(max = 50) String name,
            @NotBlank String idNumber,
            @Min(1) @Max(100000) Integer workersInvolved,
            @NotBlank @Size(max = 50) @Schema(description = "the volunteer lawyer 志愿律师") String lawyerName,
            @Size(max = 100) String lawFirm,
            @NotBlank @Size(max = 2000) String matter,
            @NotNull @PositiveOrZero @Schema(description = "涉案金额, fen") Long amountAtStakeFen,
            LocalDate acceptedOn) {
    }

    @Schema(name = "LegalAidClosure")
    public record Close(
            @NotNull LegalAidCase.Outcome outcome,
            @NotNull @PositiveOrZero @Schema(description = "挽回: the amount won or settled, fen") Long amountWonFen,
            LocalDate closedOn) {
    }
}
