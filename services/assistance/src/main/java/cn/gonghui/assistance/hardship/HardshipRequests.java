package cn.gonghui.assistance.hardship;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the hardship-file endpoints. */
public final class HardshipRequests {

    private HardshipRequests() {
    }

    /** 建档. registeredOn defaults to today and may not lie in the future. */
    @Schema(name = "HardshipRegistration")
    public record Register(
            @NotNull Long unionId,
            @NotBlank @Size(max = 50) String name,
            @NotBlank @Schema(description = "居民身份证号 (18 characters); stored sealed, shown masked") String idNumber,
            @Pattern(regexp = "1[3-9][0-9]{9}", message = "must be an 11-digit mainland mobile number") String phone,
            @Schema(description = "外来务工人员") boolean migrant,
            @NotNull @Min(1) @Max(30) Integer householdSize,
            @NotNull @PositiveOrZero @Schema(description = "家庭人均月收入, fen") Long monthlyIncomeFen,
            @NotEmpty Set<@NotNull HardshipCause> causes,
            @NotNull HardshipLevel level,
            LocalDate registeredOn) {
    }

    /** Changes what is known of the household; fields left out keep their value. Needs If-Match. */
    @Schema(name = "HardshipUpdate")
    public record Update(
            @Min(1) @Max(30) Integer householdSize,
            @PositiveOrZero Long monthlyIncomeFen,
            @Size(min = 1) Set<@NotNull HardshipCause> causes,
            HardshipLevel level,
            Boolean migrant) {
    }

    /** 动态复核: the household is still in hardship on reviewedOn (default today). */
    @Schema(name = "HardshipReview")
    public record Review(LocalDate reviewedOn) {
    }

    /** 退出 with the reason (脱困, 迁出, 去世 …); exitedOn defaults to today. */
    @Schema(name = "HardshipExit")
    public record Exit(@NotBlank @Size(max = 500) String reason, LocalDate exitedOn) {
    }

    /** 入户核查. */
    @Schema(name = "HomeVisitRecord")
    public record Visit(
            @NotNull LocalDate visitedOn,
            @NotBlank @Size(max = 100) String visitor,
            @NotBlank @Size(max = 2000) String findings,
            @Size(max = 20) List<@NotBlank @Size(max = 200) String> evidenceRefs) {
    }
}
