package cn.gonghui.bargaining.democracy;

import cn.gonghui.bargaining.org.Unions;
import cn.gonghui.orgreplica.ReplicaEnterprise;
import cn.gonghui.paging.Page;
import cn.gonghui.paging.PageRequest;
import cn.gonghui.problems.PastDates;
import cn.gonghui.problems.Preconditions;
import cn.gonghui.problems.ProblemException;
import cn.gonghui.scope.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/democratic-management")
@Tag(name = "Democratic management 民主管理", description = "Per enterprise: 厂务公开 and 职代会 established since when, the last congress "
        + "session, whether the record is complete; the rates by ownership are in GET /stats/bargaining")
@RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DemocraticManagementResource {

    /** The whole record; a date left out means "not established". No date may lie in the future. */
    @Schema(name = "DemocraticManagementRecord")
    public record Record(LocalDate openAffairsSince, LocalDate congressSince, LocalDate lastSessionOn, @NotNull Boolean recordComplete) {
    }

    public record DemocraticManagementView(Long enterpriseId, Long unionId, String ownership, LocalDate openAffairsSince,
            LocalDate congressSince, LocalDate lastSessionOn, boolean recordComplete, long version) {
    }

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    Unions unions;

    @PUT
    @Path("/{enterpriseId}")
    @Transactional
    @Operation(summary = "Record an enterprise's democratic management 民主管理建制", description = "Creates the record, or replaces it: a "
            + "replacement needs If-Match with the ETag of your last read (428 without, 412 when it changed). The enterprise must be in "
            + "your subtree (404). A congress session cannot precede the congress's establishment (400).")
    public Response put(@PathParam("enterpriseId") long enterpriseId, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid Record request) {
        ReplicaEnterprise e = enterprise(enterpriseId);
        DemocraticManagement d = DemocraticManagement.findById(e.id);
        boolean created = d == null;
        if (created) {
            d = new DemocraticManagement();
            d.enterpriseId = e.id;
        } else {
            Preconditions.requireMatch(ifMatch, d.version);
        }
        d.unionId = e.unionId;
        d.openAffairsSince = past(request.openAffairsSince(), "openAffairsSince");
        d.congressSince = past(request.congressSince(), "congressSince");
        d.lastSessionOn = past(request.lastSessionOn(), "lastSessionOn");
        if (d.lastSessionOn != null && (d.congressSince == null || d.lastSessionOn.isBefore(d.congressSince))) {
            throw ProblemException.invalid("lastSessionOn", "a congress session needs the congress established on or before it (congressSince)");
        }
        d.recordComplete = request.recordComplete();
        if (created) {
            d.persist();
        }
        em.flush();
        DemocraticManagementView view = view(d, e);
        return (created ? Response.status(Response.Status.CREATED) : Response.ok()).entity(view)
                .tag(Preconditions.entityTag(view.version())).build();
    }

    @GET
    @Path("/{enterpriseId}")
    @Operation(summary = "An enterprise's democratic management 民主管理详情", description = "404 when the enterprise is outside your subtree "
            + "or has no record yet.")
    public Response get(@PathParam("enterpriseId") long enterpriseId) {
        ReplicaEnterprise e = enterprise(enterpriseId);
        DemocraticManagement d = DemocraticManagement.findById(e.id);
        if (d == null) {
            throw ProblemException.notFound("democratic-management record of enterprise", enterpriseId);
        }
        DemocraticManagementView view = view(d, e);
        return Response.ok(view).tag(Preconditions.entityTag(view.version())).build();
    }

    @GET
    @Operation(summary = "Records in your subtree 民主管理列表", description = "unionId narrows to that union's subtree.")
    public Page<DemocraticManagementView> list(@QueryParam("unionId") Long unionId, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.of(limit, cursor);
        List<DemocraticManagement> rows = em.createQuery("select d from DemocraticManagement d, ReplicaUnion u where u.id = d.unionId"
                        + " and u.path like :prefix and d.enterpriseId > :after order by d.enterpriseId", DemocraticManagement.class)
                .setParameter("prefix", unions.listPath(unionId) + "%")
                .setParameter("after", page.afterId())
                .setMaxResults(page.fetchSize())
                .getResultList();
        return page.page(rows, d -> d.enterpriseId).map(d -> view(d, ReplicaEnterprise.findById(d.enterpriseId)));
    }

    private ReplicaEnterprise enterprise(long id) {
        return unions.enterpriseInSubtree(id).orElseThrow(() -> ProblemException.notFound("enterprise", id));
    }

    private LocalDate past(LocalDate date, String field) {
        return date == null ? null : PastDates.orToday(date, clock, field);
    }

    private static DemocraticManagementView view(DemocraticManagement d, ReplicaEnterprise e) {
        return new DemocraticManagementView(d.enterpriseId, d.unionId, e == null ? null : e.ownership, d.openAffairsSince, d.congressSince,
                d.lastSessionOn, d.recordComplete, d.version);
    }
}
