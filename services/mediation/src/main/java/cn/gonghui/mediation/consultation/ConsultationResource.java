package cn.gonghui.mediation.consultation;

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

@Path("/api/v1/consultations")
@Tag(name = "Consultations 法律咨询", description = "Legal and rights consultations handled (来访, 12351, online, outreach), counted as 人次")
@RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConsultationResource {

    @Inject
    ConsultationService consultations;

    @POST
    @Idempotent
    @Operation(summary = "Record a consultation 咨询登记", description = "By a union of your subtree; consultedOn defaults to today and is "
            + "not in the future; personTimes defaults to 1. No name, ID number or phone is kept.")
    public Response record(ConsultationRequests.Record request) {
        ConsultationRequests.ConsultationView view = ConsultationRequests.ConsultationView.of(consultations.record(request));
        return Response.created(URI.create("/api/v1/consultations/" + view.id())).entity(view).build();
    }

    @GET
    @Operation(summary = "Consultations of your subtree 咨询台账", description = "unionId narrows to that union's subtree.")
    public Page<ConsultationRequests.ConsultationView> list(@QueryParam("unionId") Long unionId, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return consultations.list(unionId, PageRequest.of(limit, cursor)).map(ConsultationRequests.ConsultationView::of);
    }
}
