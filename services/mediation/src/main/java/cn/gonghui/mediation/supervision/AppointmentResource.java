package cn.gonghui.mediation.supervision;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/appointments")
@Tag(name = "Labour-law supervision 劳动法律监督", description = "劳动法律监督员 and 三方机制协调员 of a union, appointed from a date to a date, and inspections of enterprises 监督检查")
@RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AppointmentResource {

    @Inject
    AppointmentService appointments;

    @POST
    @Idempotent
    @Operation(summary = "Appoint a supervisor or coordinator 聘任", description = "By a union of your subtree; a coordinator's union is "
            + "the community's (社区联合工会). appointedOn not in the future.")
    public Response appoint(AppointmentRequests.Appoint request) {
        Appointment a = appointments.appoint(request);
        return Response.created(URI.create("/api/v1/appointments/" + a.id)).entity(AppointmentRequests.AppointmentView.of(a)).build();
    }

    @GET
    @Operation(summary = "Appointments of your subtree 监督员/协调员名册", description = "unionId narrows; role filters.")
    public Page<AppointmentRequests.AppointmentView> list(@QueryParam("unionId") Long unionId, @QueryParam("role") Appointment.Role role,
            @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return appointments.list(unionId, role, PageRequest.of(limit, cursor)).map(AppointmentRequests.AppointmentView::of);
    }

    @POST
    @Path("/{id}/end")
    @Operation(summary = "End an appointment 离任", description = "Once (409 after), on a day after the appointment; not in the future.")
    public AppointmentRequests.AppointmentView end(@PathParam("id") long id, AppointmentRequests.End request) {
        return AppointmentRequests.AppointmentView.of(appointments.end(id, request));
    }
}
