package cn.gonghui.membership.area;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the area endpoints. */
public final class AreaRequests {

    private AreaRequests() {
    }

    /** An area in the territory of {@code unionId}, optionally covered by a union under it since {@code coveredOn}. */
    @Schema(name = "AreaCreate")
    public record Create(
            @NotNull AreaKind kind,
            @NotBlank @Size(max = 200) String name,
            @NotNull Long unionId,
            Long coveredByUnionId,
            LocalDate coveredOn) {
    }

    /** 建会覆盖: the union that covers the area from {@code coveredOn} (default today). */
    @Schema(name = "AreaCoverage")
    public record Coverage(@NotNull Long coveredByUnionId, LocalDate coveredOn) {
    }
}
