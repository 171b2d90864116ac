package cn.gonghui.mediation.consultation;

import cn.gonghui.idempotency.Idempotent;
import cn.gonghui.mediation.org.Unions;
import cn.gonghui.paging.Page;
import cn.gonghui.paging.PageRequest;
import cn.gonghui.paging.SubtreeQuery;
import cn.gonghui.problems.ProblemException;
import cn.gonghui.scope.Caller;
import cn.gonghui.scope.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/consultations")
@Tag(name = "Consultations 法律咨询", description = "Legal and rights consultations handled (来访, 12351, online, outreach), counted as 人次")
@RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConsultationResource {

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

    @Inject
    Unions unions;

    @Inject
    Caller caller;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @POST
    @Idempotent
    @Transactional
    @Operation(summary = "Record a consultation 咨询登记", description = "By a union of your subtree; consultedOn defaults to today and is "
            + "not in the future; personTimes defaults to 1. No name, ID number or phone is kept.")
    public Response record(@Valid @NotNull Record request) {
        LocalDate today = LocalDate.now(clock);
        LocalDate on = request.consultedOn() == null ? today : request.consultedOn();
        if (on.isAfter(today)) {
            throw ProblemException.invalid("consultedOn", "must not be in the future");
        }
        unions.activeInScope(request.unionId(), "unionId");
        Consultation c = new Consultation();
        c.unionId = request.unionId();
        c.channel = request.channel();
        c.topic = request.topic();
        c.consultedOn = on;
        c.personTimes = request.personTimes() == null ? 1 : request.personTimes();
        c.summary = request.summary() == null || request.summary().isBlank() ? null : request.summary().strip();
        c.recordedBy = caller.subject();
        c.persistAndFlush();
        return Response.created(URI.create("/api/v1/consultations/" + c.id)).entity(ConsultationView.of(c)).build();
    }

    @GET
    @Operation(summary = "Consultations of your subtree 咨询台账", description = "unionId narrows to that union's subtree.")
    public Page<ConsultationView> list(@QueryParam("unionId") Long unionId, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return SubtreeQuery.of(Consultation.class, "ReplicaUnion", "unionId", unions.listPath(unionId), PageRequest.of(limit, cursor))
                .fetch(em, c -> c.id).map(ConsultationView::of);
    }
}
