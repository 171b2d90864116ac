package cn.gonghui.mediation.centre;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the centre endpoints. */
public final class CentreRequests {

    private CentreRequests() {
    }

    @Schema(name = "CentreRegistration")
    public record Register(
            @NotNull @Schema(description = "the union that runs the centre") Long unionId,
            @NotBlank @Size(max = 100) String name,
            @NotNull CentreKind kind) {
    }

    @Schema(name = "MediatorAppointment")
    public record Appoint(
            @NotBlank @Size(max = 200) @Schema(description = "the sub claim of the mediator's token") String subject,
            @NotBlank @Size(max = 50) String name) {
    }
}
