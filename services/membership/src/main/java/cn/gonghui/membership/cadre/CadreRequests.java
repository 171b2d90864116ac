package cn.gonghui.membership.cadre;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the cadre endpoints. */
public final class CadreRequests {

    private CadreRequests() {
    }

    /** A role in a union from {@code fromOn} (default today); memberId when the person is a member of the subtree. */
    @Schema(name = "CadreCreate")
    public record Create(
            @NotNull Long unionId,
            @NotBlank @Size(max = 100) String name,
            Long memberId,
            @NotNull CadreRole role,
            @NotNull Boolean fullTime,
            LocalDate fromOn) {
    }

    /** 离任 on a day (default today). */
    @Schema(name = "CadreEnd")
    public record End(LocalDate on) {
    }
}
