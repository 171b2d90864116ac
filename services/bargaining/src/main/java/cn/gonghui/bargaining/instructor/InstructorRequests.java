package cn.gonghui.bargaining.instructor;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the instructor endpoints. */
public final class InstructorRequests {

    private InstructorRequests() {
    }

    /** appointedOn defaults to today; enterpriseIds are those the instructor guides, under unionId. */
    @Schema(name = "InstructorAppointment")
    public record Appoint(@NotNull Long unionId, @NotBlank @Size(max = 50) String name, @NotNull InstructorLevel level,
            LocalDate appointedOn, @Size(max = 200) List<@NotNull Long> enterpriseIds) {
    }

    /** leftOn is the last day in office; defaults to today. */
    @Schema(name = "InstructorDeparture")
    public record Leave(LocalDate leftOn) {
    }
}
