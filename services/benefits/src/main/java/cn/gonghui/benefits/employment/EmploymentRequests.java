package cn.gonghui.benefits.employment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the employment endpoints. */
public final class EmploymentRequests {

    private EmploymentRequests() {
    }

    /** 招聘会 as it happened (heldOn not in the future); intentions are at most the visitors. */
    @Schema(name = "JobFairRecord")
    public record Fair(@NotNull Long unionId, @NotBlank @Size(max = 200) String title, LocalDate heldOn,
            @NotNull @PositiveOrZero @Max(100000) Integer employers, @NotNull @PositiveOrZero @Max(10000000) Integer positions,
            @NotNull @PositiveOrZero @Max(10000000) Integer visitors, @NotNull @PositiveOrZero @Max(10000000) Integer intentions) {
    }

    /** 岗位信息发布. */
    @Schema(name = "JobPostingRecord")
    public record Posting(@NotNull Long unionId, @NotBlank @Size(max = 200) String employer, @NotBlank @Size(max = 200) String title,
            @NotNull @Min(1) @Max(100000) Integer positions, LocalDate publishedOn) {
    }
}
