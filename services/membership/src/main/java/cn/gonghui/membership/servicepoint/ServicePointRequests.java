package cn.gonghui.membership.servicepoint;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Request bodies of the service point endpoints. */
public final class ServicePointRequests {

    private ServicePointRequests() {
    }

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
            @NotNull @DecimalMin("-180") @DecimalMax("180") Double longitude) {
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
            @DecimalMin("-180") @DecimalMax("180") Double longitude) {
    }
}
