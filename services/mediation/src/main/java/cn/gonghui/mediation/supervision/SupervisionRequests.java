package cn.gonghui.mediation.supervision;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies and views of inspections and hazard reports. */
public final class SupervisionRequests {

    private SupervisionRequests() {
    }

    @Schema(name = "InspectionRecord")
    public record Inspect(@NotNull Long unionId, @NotNull Long enterpriseId, @NotNull LocalDate inspectedOn, boolean joint,
            @NotNull @PositiveOrZero @Max(1000) Integer issuesFound, @NotBlank @Size(max = 4000) String findings) {
    }

    public record InspectionView(Long id, Long unionId, Long enterpriseId, LocalDate inspectedOn, boolean joint, int issuesFound,
            String findings) {

        public static InspectionView of(Inspection i) {
            return new InspectionView(i.id, i.unionId, i.enterpriseId, i.inspectedOn, i.joint, i.issuesFound, i.findings);
        }
    }

    /** From the member's phone: the photo's reference in the app's store, what and where. */
    @Schema(name = "HazardReportSubmission")
    public record Report(@NotBlank @Size(max = 500) String photoRef, @NotBlank @Size(max = 2000) String description,
            Long enterpriseId) {
    }

    @Schema(name = "HazardResolution")
    public record Resolve(boolean fixed, @NotBlank @Size(max = 2000) String resolution, LocalDate resolvedOn) {
    }

    public record HazardView(Long id, Long memberId, Long unionId, Long enterpriseId, String photoRef, String description,
            LocalDate reportedOn, HazardReport.Status status, LocalDate resolvedOn, String resolution, long version) {

        public static HazardView of(HazardReport h) {
            return new HazardView(h.id, h.memberId, h.unionId, h.enterpriseId, h.photoRef, h.description, h.reportedOn, h.status,
                    h.resolvedOn, h.resolution, h.version);
        }
    }
}
