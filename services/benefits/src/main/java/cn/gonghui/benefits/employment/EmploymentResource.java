package cn.gonghui.benefits.employment;

import cn.gonghui.idempotency.Idempotent;
import cn.gonghui.paging.Page;
import cn.gonghui.paging.PageRequest;
import cn.gonghui.scope.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Tag(name = "Employment 春送岗位", description = "Job fairs held by unions and job postings they published")
@RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EmploymentResource {

    @Inject
    EmploymentService employment;

    public record JobFairView(Long id, Long unionId, String title, java.time.LocalDate heldOn, int employers, int positions, int visitors,
            int intentions) {

        static JobFairView of(JobFair f) {
            return new JobFairView(f.id, f.unionId, f.title, f.heldOn, f.employers, f.positions, f.visitors, f.intentions);
        }
    }

    public record JobPostingView(Long id, Long unionId, String employer, String title, int positions, java.time.LocalDate publishedOn) {

        static JobPostingView of(JobPosting p) {
            return new JobPostingView(p.id, p.unionId, p.employer, p.title, p.positions, p.publishedOn);
        }
    }

    @POST
    @Path("/job-fairs")
    @Idempotent
    @Operation(summary = "Record a job fair 招聘会", description = "As it happened: employers, positions offered, visitors and on-site hiring "
            + "intentions 签约意向 (at most the visitors).")
    public Response fair(EmploymentRequests.Fair request) {
        JobFairView f = JobFairView.of(employment.fair(request));
        return Response.created(URI.create("/api/v1/job-fairs?unionId=" + f.unionId())).entity(f).build();
    }

    @GET
    @Path("/job-fairs")
    @Operation(summary = "Job fairs of your subtree 招聘会列表", description = "unionId narrows to that union's subtree.")
    public Page<JobFairView> fairs(@QueryParam("unionId") Long unionId, @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return employment.fairs(unionId, PageRequest.of(limit, cursor)).map(JobFairView::of);
    }

    @POST
    @Path("/job-postings")
    @Idempotent
    @Operation(summary = "Record a job posting 发布岗位信息", description = "An employer's posting the union published, with its positions.")
    public Response posting(EmploymentRequests.Posting request) {
        JobPostingView p = JobPostingView.of(employment.posting(request));
        return Response.created(URI.create("/api/v1/job-postings?unionId=" + p.unionId())).entity(p).build();
    }

    @GET
    @Path("/job-postings")
    @Operation(summary = "Job postings of your subtree 岗位信息列表", description = "unionId narrows to that union's subtree.")
    public Page<JobPostingView> postings(@QueryParam("unionId") Long unionId, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return employment.postings(unionId, PageRequest.of(limit, cursor)).map(JobPostingView::of);
    }
}
