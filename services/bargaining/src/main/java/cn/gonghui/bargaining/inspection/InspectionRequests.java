package cn.gonghui.bargaining.inspection;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the inspection endpoints; inspectedOn defaults to today. */
public final class InspectionRequests {

    private InspectionRequests() {
    }

    @Schema(name = "ArchiveInspectionRecord")
    public record Archive(@NotNull Long enterpriseId, LocalDate inspectedOn, @NotNull Boolean passed,
            @NotBlank @Size(max = 5000) String findings) {
    }

    @Schema(name = "TripartiteInspectionRecord")
    public record Tripartite(@NotNull Long unionId, LocalDate inspectedOn, @NotBlank @Size(max = 500) String partners,
            @NotBlank @Size(max = 5000) String findings) {
    }
}
