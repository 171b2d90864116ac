package cn.gonghui.mediation.supervision;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the appointment endpoints. */
public final class AppointmentRequests {

    private AppointmentRequests() {
    }

    @Schema(name = "AppointmentRecord")
    public record Appoint(@NotNull Long unionId, @NotNull Appointment.Role role, @NotBlank @Size(max = 50) String name,
            @NotNull LocalDate appointedOn) {
    }

    @Schema(name = "AppointmentEnd")
    public record End(@NotNull LocalDate endedOn) {
    }

    public record AppointmentView(Long id, Long unionId, Appointment.Role role, String name, LocalDate appointedOn, LocalDate endedOn,
            long version) {

        public static AppointmentView of(Appointment a) {
            return new AppointmentView(a.id, a.unionId, a.role, a.name, a.appointedOn, a.endedOn, a.version);
        }
    }
}
