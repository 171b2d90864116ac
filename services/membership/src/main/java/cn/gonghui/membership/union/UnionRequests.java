package cn.gonghui.membership.union;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import cn.gonghui.identifiers.CreditCode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Request bodies of the union endpoints. */
public final class UnionRequests {

    private UnionRequests() {
    }

    @Schema(name = "UnionCreate")

    public record Create(
            @NotBlank @Size(max = 200) String name,
            @NotNull UnionKind kind,
            Long parentId,
            @PastOrPresent LocalDate foundedOn) {
    }

    @Schema(name = "UnionRename")

    public record Rename(@NotBlank @Size(max = 200) String name, LocalDate renamedOn) {
    }

    /** 工会法人: the union's own 统一社会信用代码 and its legal representative, as changed on {@code changedOn}. */
    @Schema(name = "UnionLegalPerson")
    public record LegalPerson(@NotBlank @CreditCode String creditCode, @NotBlank @Size(max = 50) String representative,
            LocalDate changedOn) {
    }

    @Schema(name = "UnionMove")

    public record Move(@NotNull Long newParentId) {
    }

    @Schema(name = "UnionDissolve")

    public record Dissolve(@PastOrPresent LocalDate dissolvedOn, @Size(max = 500) String reason) {
    }
}
