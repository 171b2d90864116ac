package cn.gonghui.mediation.consultation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The request body and view of a consultation. */
public final class ConsultationRequests {

    private ConsultationRequests() {
    }

    @Schema(name = "ConsultationRecord")
    public record Record(@NotNull Long unionId, @NotNull Consultation.Channel channel, @NotNull Consultation.Topic topic,
            LocalDate consultedOn, @Min(1) @Max(10000) Integer personTimes, @Size(max = 2000) String summary) {
    }

    public record ConsultationView(Long id, Long unionId, Consultation.Channel channel, Consultation.Topic topic, LocalDate consultedOn,
            int personTimes, String summary) {

        static ConsultationView of(Consultation c) {
            return new ConsultationView(c.id, c.unionId, c.channel, c.topic, c.consultedOn, c.personTimes, c.summary);
        }
    }
}
