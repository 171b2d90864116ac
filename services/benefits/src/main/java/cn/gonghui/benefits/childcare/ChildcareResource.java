package cn.gonghui.benefits.childcare;

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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Tag(name = "Childcare 暑期托管", description = "Federations' demand for summer classes, and members' children enrolled in classes and camps")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ChildcareResource {

    @Inject
    ChildcareService childcare;

    public record DemandView(Long id, Long unionId, int year, int classesRequested, int children, LocalDate reportedOn) {

        static DemandView of(ChildcareDemand d) {
            return new DemandView(d.id, d.unionId, d.year, d.classesRequested, d.children, d.reportedOn);
        }
    }

    public record EnrolmentView(Long id, Long activityId, int birthYear, boolean migrant, OffsetDateTime enrolledAt, boolean cancelled) {

        static EnrolmentView of(ChildEnrolment e) {
            return new EnrolmentView(e.id, e.activityId, e.birthYear, e.migrant, e.enrolledAt, e.cancelled);
        }
    }

    @POST
    @Path("/childcare-demands")
    @Idempotent
    @RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN})
    @Operation(summary = "Report childcare demand 托管班需求上报", description = "Once per union and year (409 for a second report).")
    public Response report(ChildcareService.Demand request) {
        DemandView view = DemandView.of(childcare.report(request));
        return Response.created(URI.create("/api/v1/childcare-demands?unionId=" + view.unionId())).entity(view).build();
    }

    @GET
    @Path("/childcare-demands")
    @RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN})
    @Operation(summary = "Childcare demand of your subtree 托管班需求", description = "unionId narrows to that union's subtree.")
    public Page<DemandView> demands(@QueryParam("unionId") Long unionId, @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return childcare.demands(unionId, PageRequest.of(limit, cursor)).map(DemandView::of);
    }

    @POST
    @Path("/activities/{id}/children")
    @Idempotent
    @RolesAllowed(Roles.MEMBER)
    @Operation(summary = "Enrol a child 托管班报名", description = "In a SUMMER_CHILDCARE class or a CHILDRENS_CAMP during its sign-up window; "
            + "places count children. 409 when full. Only the child's birth year is kept.")
    public Response enrol(@PathParam("id") long id, ChildcareService.Enrol request) {
        EnrolmentView view = EnrolmentView.of(childcare.enrol(id, request));
        return Response.created(URI.create("/api/v1/children/mine")).entity(view).build();
    }

    @GET
    @Path("/children/mine")
    @RolesAllowed(Roles.MEMBER)
    @Operation(summary = "My children's enrolments 我的托管报名", description = "Only the member's own.")
    public List<EnrolmentView> mine() {
        return childcare.mine().stream().map(EnrolmentView::of).toList();
    }

    @POST
    @Path("/children/{id}/cancellation")
    @RolesAllowed(Roles.MEMBER)
    @Operation(summary = "Cancel a child's enrolment 取消托管报名", description = "The member's own; the place is free again.")
    public EnrolmentView cancel(@PathParam("id") long id) {
        return EnrolmentView.of(childcare.cancel(id));
    }
}
