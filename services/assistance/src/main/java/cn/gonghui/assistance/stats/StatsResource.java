package cn.gonghui.assistance.stats;

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
@Tag(name = "Stats 统计", description = "Assistance figures of a union subtree for a period: 建档困难职工, 帮扶人数/人次/户数/金额, 资金, 捐款, 走访, 下拨")
@RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN, Roles.FUND_MANAGER})
@Produces(MediaType.APPLICATION_JSON)
public class StatsResource {

    @Inject
    StatsService stats;

    @Inject
    SubtreeFigures figures;

    @GET
    @Path("/assistance")
    @Operation(summary = "Assistance figures for a subtree and period 帮扶统计",
            description = "The figures convention every service follows (docs/api-conventions.md): flows within [from, to], "
                    + "stocks as of to, inclusive dates in Asia/Shanghai; default: this year up to today. unionId defaults "
                    + "to an officer's own union; a district admin or fund manager names it.")
    public AssistanceStats figures(@QueryParam("unionId") Long unionId, @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to) {
        return stats.of(figures.unionOrOwn(unionId), from, to);
    }
}
