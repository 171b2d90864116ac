package cn.gonghui.membership.stats;

import cn.gonghui.scope.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/unions/{unionId}/stats")
@Tag(name = "Stats 统计", description = "Membership figures of a union subtree for a period: 建会, 覆盖企业, 新增会员, 会员总数")
@RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class StatsResource {

    @Inject
    StatsService stats;

    @GET
    @Operation(summary = "Membership figures for a subtree and period 会员与组织统计",
            description = "from and to are inclusive dates (Asia/Shanghai); default: this year up to today.")
    public MembershipStats get(@PathParam("unionId") long unionId, @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to) {
        return stats.of(unionId, from, to);
    }
}
