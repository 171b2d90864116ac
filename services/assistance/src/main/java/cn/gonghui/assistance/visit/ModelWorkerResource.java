package cn.gonghui.assistance.visit;

import cn.gonghui.orgreplica.ReplicaScope;
import cn.gonghui.paging.Page;
import cn.gonghui.paging.PageRequest;
import cn.gonghui.paging.SubtreeQuery;
import cn.gonghui.scope.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/model-workers")
@Tag(name = "Visits 走访慰问", description = "Condolence visits to hardship households, enterprises, model workers and frontline workers")
@RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class ModelWorkerResource {

    public record ModelWorkerView(Long honourId, Long memberId, Long unionId, String kind, String level, int year, LocalDate conferredOn) {

        static ModelWorkerView of(ModelWorker w) {
            return new ModelWorkerView(w.honourId, w.memberId, w.unionId, w.kind, w.level, w.year, w.conferredOn);
        }
    }

    @Inject
    EntityManager em;

    @Inject
    ReplicaScope unions;

    @GET
    @Operation(summary = "Model workers to care for 劳模名单", description = "Members of your subtree holding a 劳动模范 or 先进工作者 honour, as "
            + "membership's HonourConferred and HonourRevoked events tell it (revoked ones left out), for care visits and 劳模慰问 campaigns.")
    public Page<ModelWorkerView> list(@QueryParam("unionId") Long unionId, @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return SubtreeQuery.of(ModelWorker.class, "ReplicaUnion", "unionId", unions.listPath(unionId), PageRequest.of(limit, cursor))
                .whereNull("revokedOn")
                .fetch(em, w -> w.honourId).map(ModelWorkerView::of);
    }
}
