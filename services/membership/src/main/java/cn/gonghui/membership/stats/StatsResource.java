package cn.gonghui.membership.stats;

import cn.gonghui.problems.ProblemException;
import cn.gonghui.scope.Caller;
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
@Tag(name = "Stats 统计", description = "Membership figures of a union subtree for a period: 建会, 覆盖企业, 建家率, 新增会员, 会员总数, 服务阵地, 荣誉")
@RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class StatsResource {

    @Inject
    StatsService stats;

    @Inject
    Caller caller;

    @GET
    @Path("/membership")
    @Operation(summary = "Membership figures for a subtree and period 会员与组织统计",
            description = "The figures convention every service follows (docs/api-conventions.md): flows within [from, to], "
                    + "stocks as of to, inclusive dates in Asia/Shanghai; default: this year up to today. unionId defaults "
                    + "to an officer's own union; a district admin names it. headcountAtLeast (default 50) is the "
                    + "threshold of enterprisesAtLeast (规模以上企业, 建家率).")
    public MembershipStats figures(@QueryParam("unionId") Long unionId, @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to, @QueryParam("headcountAtLeast") Integer headcountAtLeast) {
        long union = unionId != null ? unionId : caller.is(Roles.OFFICER) && !caller.is(Roles.DISTRICT_ADMIN)
                ? caller.unionId().orElseThrow(() -> ProblemException.forbidden("the officer token has no unionId claim"))
                : requireUnionId();
        return stats.of(union, from, to, headcountAtLeast);
    }

    private static long requireUnionId() {
        throw ProblemException.invalid("unionId", "is required: name the union whose subtree to count");
    }
}
