package cn.gonghui.benefits.stats;

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
@Tag(name = "Stats 统计", description = "Benefits figures of a union subtree for a period: 会员卡, 加盟商, 核销, 活动 (人 and 人次)")
@RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class StatsResource {

    @Inject
    StatsService stats;

    @Inject
    SubtreeFigures figures;

    @GET
    @Path("/benefits")
    @Operation(summary = "Benefits figures for a subtree and period 普惠服务统计",
            description = "The figures convention every service follows (docs/api-conventions.md): flows within [from, to], "
                    + "stocks as of to, inclusive dates in Asia/Shanghai; default: this year up to today. unionId defaults "
                    + "to an officer's own union; a district admin names it.")
    public BenefitsStats figures(@QueryParam("unionId") Long unionId, @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        return stats.of(figures.unionOrOwn(unionId), from, to);
    }
}
