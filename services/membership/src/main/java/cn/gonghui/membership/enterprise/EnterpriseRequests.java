package cn.gonghui.membership.enterprise;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import cn.gonghui.identifiers.CreditCode;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

public final class EnterpriseRequests {

    private EnterpriseRequests() {
    }

    @Schema(name = "EnterpriseRegister")

    public record Register(
            @NotBlank @CreditCode String creditCode,
            @NotBlank @Size(max = 200) String name,
            @Size(max = 300) String address,
            @NotBlank @Pattern(regexp = "\\d{6}", message = "must be a six-digit administrative division code") String districtCode,
            @NotNull @Min(0) @Max(10_000_000) Integer headcount,
            @NotNull Ownership ownership,
            @NotNull Long unionId,
            LocalDate registeredOn,
            LocalDate foundedOn) {
    }

    /**
     * Every field is optional; what is present changes. {@code unionSince}: the day the enterprise came under the new
     * {@code unionId} (default today), for its coverage history.
     */
    @Schema(name = "EnterpriseUpdate")
    public record Update(
            @Size(min = 1, max = 200) String name,
            @Size(max = 300) String address,
            @Pattern(regexp = "\\d{6}", message = "must be a six-digit administrative division code") String districtCode,
            @Min(0) @Max(10_000_000) Integer headcount,
            Ownership ownership,
            Long unionId,
            LocalDate unionSince) {
    }
}
