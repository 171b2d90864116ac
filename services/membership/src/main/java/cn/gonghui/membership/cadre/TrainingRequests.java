package cn.gonghui.membership.cadre;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the training endpoints. */
public final class TrainingRequests {

    private TrainingRequests() {
    }

    /** A session held on {@code heldOn} (default today): the registered cadres who attended, and others by number. */
    @Schema(name = "TrainingCreate")
    public record Create(
            @NotNull Long unionId,
            @NotBlank @Size(max = 200) String title,
            @NotNull TrainingMode mode,
            LocalDate heldOn,
            @Size(max = 2000) List<@NotNull Long> cadreIds,
            @Min(0) @Max(100_000) Integer otherAttendees) {
    }
}
