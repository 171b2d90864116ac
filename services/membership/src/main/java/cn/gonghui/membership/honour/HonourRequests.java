package cn.gonghui.membership.honour;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Request bodies of the honour endpoints. */
public final class HonourRequests {

    private HonourRequests() {
    }

    /**
     * Records an honour or a nomination. Exactly the recipient fields of {@code recipientType}: {@code memberId} for a
     * member, {@code enterpriseId} for an enterprise, {@code teamName} (and optionally {@code enterpriseId}) for a team,
     * {@code recipientUnionId} for a union, {@code servicePointId} for a service point, {@code personName} (and
     * optionally {@code enterpriseId}) for a person who is not a member. {@code status} NOMINATED or CONFERRED (default).
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
            LocalDate awardedOn,
            HonourStatus status,
            LocalDate nominatedOn,
            Long recipientUnionId,
            Long servicePointId,
            @Size(max = 100) String personName,
            @PositiveOrZero Long rewardFen,
            @Size(max = 200) String conferredBy,
            @Size(max = 100) String programme) {
    }

    /** 评审结果 of a nomination: CONFERRED or NOT_CONFERRED, on a day (default today). */
    @Schema(name = "HonourDecision")
    public record Decision(@NotNull HonourStatus outcome, LocalDate on) {
    }

    /** 撤销 of a conferred honour, on a day (default today). */
    @Schema(name = "HonourRevocation")
    public record Revocation(LocalDate on, @Size(max = 500) String reason) {
    }
}
