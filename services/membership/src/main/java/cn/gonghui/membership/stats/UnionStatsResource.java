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

/** The membership figures at the path used before the figures convention; kept for existing clients. */
@Path("/api/v1/unions/{unionId}/stats")
@Tag(name = "Stats 统计")
@RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class UnionStatsResource {

    @Inject
    StatsService stats;

    @GET
    @Deprecated
    @Operation(summary = "Membership figures for a subtree and period (old path) 会员与组织统计",
            description = "Same as GET /api/v1/stats/membership?unionId=; use that one.")
    public MembershipStats get(@PathParam("unionId") long unionId, @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to) {
        return stats.of(unionId, from, to);
    }
}
