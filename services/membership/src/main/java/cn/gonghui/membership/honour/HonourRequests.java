package cn.gonghui.membership.honour;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Request bodies of the honour endpoints. */
public final class HonourRequests {

    private HonourRequests() {
    }

    /**
     * Records an honour. Exactly the recipient fields of {@code recipientType}: {@code memberId} for a member,
     * {@code enterpriseId} for an enterprise, {@code teamName} (and optionally {@code enterpriseId}) for a team.
     */
    @Schema(name = "HonourAward")
    public record Award(
            @NotNull HonourKind kind,
            @NotNull HonourLevel level,
            @NotNull Integer year,
            @NotNull RecipientType recipientType,
            Long memberId,
            Long enterpriseId,
            @Size(max = 200) String teamName,
            @NotNull Long unionId,
            @NotBlank @Size(max = 200) String title,
            LocalDate awardedOn) {
    }
}
