package cn.gonghui.bargaining.stats;

import cn.gonghui.orgreplica.SubtreeFigures;
import cn.gonghui.scope.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/stats")
@Tag(name = "Stats 统计", description = "Bargaining figures of a union subtree for a period: 集体合同 in force and coverage, 签订/续签, "
        + "检查, 指导员, 典型示范, 厂务公开/职代会建制率")
@RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class StatsResource {

    @Inject
    StatsService stats;

    @Inject
    SubtreeFigures figures;

    @GET
    @Path("/bargaining")
    @Operation(summary = "Bargaining figures for a subtree and period 集体协商统计",
            description = "The figures convention every service follows (docs/api-conventions.md): flows within [from, to], "
                    + "stocks as of to, inclusive dates in Asia/Shanghai; default: this year up to today. unionId defaults "
                    + "to an officer's own union; a district admin names it. 403 for a union outside your subtree.")
    public BargainingStats figures(@QueryParam("unionId") Long unionId, @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        return stats.of(figures.unionOrOwn(unionId), from, to);
    }
}
