package cn.gonghui.membership.transfer;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

public final class TransferRequests {

    private TransferRequests() {
    }

    /** The old union releases the member towards a new union (a street federation when the new employer has none). */
    @Schema(name = "TransferRelease")
    public record Release(@NotNull Long memberId, @NotNull Long toUnionId, @Size(max = 500) String reason) {
    }

    /** The new union accepts, optionally naming the member's new employer. */
    @Schema(name = "TransferAccept")
    public record Accept(Long enterpriseId) {
    }

    @Schema(name = "TransferView")

    public record View(Long id, Long memberId, Long fromUnionId, Long toUnionId, TransferStatus status, boolean parked,
            String reason, OffsetDateTime releasedAt, OffsetDateTime decidedAt, long version) {
    }
}
