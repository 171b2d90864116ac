package cn.gonghui.bargaining.relations;

import cn.gonghui.bargaining.instructor.InstructorLevel;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies and views of the harmonious-labour-relations and training endpoints. No date may lie in the future. */
public final class RelationsRequests {

    private RelationsRequests() {
    }

    /** The whole CSR record: joined (参与), graded A/B/C on gradedOn, re-reviewed (复核) on reviewedOn. */
    @Schema(name = "CsrRecordRequest")
    public record Csr(@NotNull LocalDate joinedOn, @Pattern(regexp = "A|B|C") String grade, LocalDate gradedOn, LocalDate reviewedOn) {
    }

    public record CsrView(Long enterpriseId, Long unionId, LocalDate joinedOn, String grade, LocalDate gradedOn, LocalDate reviewedOn,
            long version) {

        static CsrView of(CsrRecord c) {
            return new CsrView(c.enterpriseId, c.unionId, c.joinedOn, c.grade, c.gradedOn, c.reviewedOn, c.version);
        }
    }

    /** 和谐示范点; designatedOn defaults to today. */
    @Schema(name = "HarmonySiteRecord")
    public record Site(@NotNull Long enterpriseId, @NotNull InstructorLevel level, LocalDate designatedOn) {
    }

    public record SiteView(Long id, Long unionId, Long enterpriseId, InstructorLevel level, LocalDate designatedOn) {

        static SiteView of(HarmonySite s) {
            return new SiteView(s.id, s.unionId, s.enterpriseId, s.level, s.designatedOn);
        }
    }

    /** 和谐指数抽样; completedOn defaults to today, year to its year. */
    @Schema(name = "HarmonySampleRecord")
    public record Sample(@NotNull Long enterpriseId, @Min(2000) @Max(2100) Integer year, LocalDate completedOn) {
    }

    public record SampleView(Long id, Long unionId, Long enterpriseId, int year, LocalDate completedOn) {

        static SampleView of(HarmonySample s) {
            return new SampleView(s.id, s.unionId, s.enterpriseId, s.year, s.completedOn);
        }
    }

    /** 集体协商专题培训; heldOn defaults to today. */
    @Schema(name = "BargainingTrainingRecord")
    public record Training(@NotNull Long unionId, LocalDate heldOn, @NotBlank @Size(max = 200) String topic,
            @NotNull @Min(0) @Max(100000) Integer chairsAttending, @Min(0) @Max(100000) Integer othersAttending) {
    }

    public record TrainingView(Long id, Long unionId, LocalDate heldOn, String topic, int chairsAttending, int othersAttending) {

        static TrainingView of(BargainingTraining t) {
            return new TrainingView(t.id, t.unionId, t.heldOn, t.topic, t.chairsAttending, t.othersAttending);
        }
    }
}
