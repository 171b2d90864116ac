package cn.gonghui.benefits.services;

import cn.gonghui.idempotency.Idempotent;
import cn.gonghui.orgreplica.ReplicaScope;
import cn.gonghui.paging.Page;
import cn.gonghui.paging.PageRequest;
import cn.gonghui.paging.SubtreeQuery;
import cn.gonghui.problems.PastDates;
import cn.gonghui.problems.ProblemException;
import cn.gonghui.scope.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 购买社会组织服务: projects and their deliveries. Small enough that the resource holds the rules. */
@Path("/api/v1/service-projects")
@Tag(name = "Purchased services 购买社会组织服务", description = "Projects bought from social organisations and each delivery with the person-times served")
@RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PurchasedServiceResource {

    @Schema(name = "ServiceProjectRecord")
    public record Project(@NotNull Long unionId, @NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 200) String provider,
            @NotNull @PositiveOrZero Long budgetFen, @NotNull LocalDate startsOn, @NotNull LocalDate endsOn) {
    }

    @Schema(name = "ServiceDeliveryRecord")
    public record Delivery(LocalDate deliveredOn, @NotNull @Min(1) @Max(1000000) Integer personTimes,
            @NotBlank @Size(max = 500) String description) {
    }

    public record ProjectView(Long id, Long unionId, String title, String provider, long budgetFen, LocalDate startsOn, LocalDate endsOn) {

        static ProjectView of(ServiceProject p) {
            return new ProjectView(p.id, p.unionId, p.title, p.provider, p.budgetFen, p.startsOn, p.endsOn);
        }
    }

    public record DeliveryView(Long id, Long projectId, LocalDate deliveredOn, int personTimes, String description) {

        static DeliveryView of(ServiceDelivery d) {
            return new DeliveryView(d.id, d.projectId, d.deliveredOn, d.personTimes, d.description);
        }
    }

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    ReplicaScope unions;

    @POST
    @Idempotent
    @Transactional
    @Operation(summary = "Record a purchased service project 购买服务项目", description = "The provider, the budget in fen and the period.")
    public Response project(@NotNull @Valid Project request) {
        unions.activeInScope(request.unionId(), "unionId");
        if (request.endsOn().isBefore(request.startsOn())) {
            throw ProblemException.invalid("endsOn", "must not be before startsOn");
        }
        ServiceProject p = new ServiceProject();
        p.unionId = request.unionId();
        p.title = request.title().strip();
        p.provider = request.provider().strip();
        p.budgetFen = request.budgetFen();
        p.startsOn = request.startsOn();
        p.endsOn = request.endsOn();
        p.persistAndFlush();
        return Response.created(URI.create("/api/v1/service-projects/" + p.id)).entity(ProjectView.of(p)).build();
    }

    @GET
    @Operation(summary = "Purchased service projects of your subtree 购买服务项目列表", description = "unionId narrows to that union's subtree.")
    public Page<ProjectView> list(@QueryParam("unionId") Long unionId, @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return SubtreeQuery.of(ServiceProject.class, "ReplicaUnion", "unionId", unions.listPath(unionId), PageRequest.of(limit, cursor))
                .fetch(em, p -> p.id).map(ProjectView::of);
    }

    @POST
    @Path("/{id}/deliveries")
    @Idempotent
    @Transactional
    @Operation(summary = "Record a delivery 服务记录", description = "Within the project's period, not in the future, with the person-times served.")
    public Response deliver(@PathParam("id") long id, @NotNull @Valid Delivery request) {
        ServiceProject p = project(id);
        LocalDate on = PastDates.orToday(request.deliveredOn(), clock, "deliveredOn");
        if (on.isBefore(p.startsOn) || on.isAfter(p.endsOn)) {
            throw ProblemException.invalid("deliveredOn", "must lie between " + p.startsOn + " and " + p.endsOn);
        }
        ServiceDelivery d = new ServiceDelivery();
        d.projectId = p.id;
        d.deliveredOn = on;
        d.personTimes = request.personTimes();
        d.description = request.description().strip();
        d.persistAndFlush();
        return Response.created(URI.create("/api/v1/service-projects/" + id + "/deliveries")).entity(DeliveryView.of(d)).build();
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(summary = "A project's deliveries 服务记录列表", description = "In date order.")
    public List<DeliveryView> deliveries(@PathParam("id") long id) {
        return ServiceDelivery.<ServiceDelivery>list("projectId = ?1 order by deliveredOn, id", project(id).id).stream()
                .map(DeliveryView::of).toList();
    }

    private ServiceProject project(long id) {
        ServiceProject p = ServiceProject.findById(id);
        if (p == null || !unions.reaches(p.unionId)) {
            throw ProblemException.notFound("service project", id);
        }
        return p;
    }
}
