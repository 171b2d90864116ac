package cn.gonghui.assistance.visit;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the visit endpoints. */
public final class VisitRequests {

    private VisitRequests() {
    }

    /**
     * 走访慰问. HOUSEHOLD needs fileId; ENTERPRISE needs enterpriseId; MODEL_WORKER may name memberId; FRONTLINE
     * names the union (unionId) whose workers were visited. unionId defaults to the file's or the enterprise's union;
     * visitedOn to today.
     */
    @Schema(name = "VisitRecord")
    public record Record(@NotNull VisitTarget target, Long unionId, Long campaignId, Long fileId, Long enterpriseId, Long memberId,
            @NotNull @Min(0) @Max(100000) Integer peopleReached, LocalDate visitedOn, @Size(max = 2000) String notes) {
    }
}
