package cn.gonghui.membership.servicepoint;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import java.util.List;

/** Request bodies of the service point endpoints. */
public final class ServicePointRequests {

    private ServicePointRequests() {
    }

    /**
     * status PLANNED, BUILDING or OPEN (default); openedOn only when OPEN (default today). combinedWithUnion is 会站合一,
     * mobile a container station, host whose premises it is in, recognitionLevel only for a 职工书屋.
     */
    @Schema(name = "ServicePointCreate")
    public record Create(
            @NotNull ServicePointKind kind,
            @NotBlank @Size(max = 200) String name,
            @NotNull Long unionId,
            @NotBlank @Size(max = 300) String address,
            @Size(max = 200) String openingHours,
            @Size(max = 30) List<@NotBlank @Size(max = 50) String> amenities,
            @Min(1) @Max(5) Integer stars,
            @NotNull @DecimalMin("-90") @DecimalMax("90") Double latitude,
            @NotNull @DecimalMin("-180") @DecimalMax("180") Double longitude,
            ServicePointStatus status,
            LocalDate openedOn,
            Boolean combinedWithUnion,
            Boolean mobile,
            ServicePointHost host,
            RecognitionLevel recognitionLevel) {
    }

    /** Every field is optional; what is present changes. amenities, when present, replaces the list. */
    @Schema(name = "ServicePointUpdate")
    public record Update(
            ServicePointKind kind,
            @Size(min = 1, max = 200) String name,
            Long unionId,
            @Size(min = 1, max = 300) String address,
            @Size(max = 200) String openingHours,
            @Size(max = 30) List<@NotBlank @Size(max = 50) String> amenities,
            @Min(1) @Max(5) Integer stars,
            @DecimalMin("-90") @DecimalMax("90") Double latitude,
            @DecimalMin("-180") @DecimalMax("180") Double longitude,
            Boolean combinedWithUnion,
            Boolean mobile,
            ServicePointHost host,
            RecognitionLevel recognitionLevel) {
    }

    /** The day of a status change (开放, 关闭); today when left out, never in the future. */
    @Schema(name = "ServicePointStatusChange")
    public record StatusChange(LocalDate on) {
    }

    /** 经费拨付: amountFen > 0; paidOn today when left out. */
    @Schema(name = "ServicePointFundingCreate")
    public record Funding(
            @NotNull @Positive Long amountFen,
            @NotBlank @Size(max = 200) String source,
            @NotNull FundingPurpose purpose,
            LocalDate paidOn,
            @Size(max = 500) String note) {
    }

    /** 验收 / 年检; inspectedOn today when left out. */
    @Schema(name = "ServicePointInspectionCreate")
    public record Inspection(
            @NotNull InspectionKind kind,
            @NotNull InspectionResult result,
            LocalDate inspectedOn,
            @NotBlank @Size(max = 200) String inspector,
            @Size(max = 500) String note) {
    }

    /** 星级评定; ratedOn today when left out. */
    @Schema(name = "ServicePointRatingCreate")
    public record Rating(
            @NotNull @Min(1) @Max(5) Integer stars,
            @NotBlank @Size(max = 200) String ratedBy,
            LocalDate ratedOn,
            @Size(max = 100) String batch) {
    }
}
