package cn.gonghui.bargaining.model;

import cn.gonghui.idempotency.Idempotent;
import cn.gonghui.paging.Page;
import cn.gonghui.paging.PageRequest;
import cn.gonghui.scope.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/model-enterprises")
@Tag(name = "Model enterprises 典型示范企业", description = "Enterprises that met the bargaining model standard in a year (选树典型)")
@RolesAllowed({Roles.OFFICER, Roles.DISTRICT_ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ModelEnterpriseResource {

    /** year defaults to the year of recognisedOn, which defaults to today; the year may not lie after it. */
    @Schema(name = "ModelEnterpriseRecord")
    public record Record(@NotNull Long enterpriseId, @Min(2000) @Max(2100) Integer year, LocalDate recognisedOn,
            @Size(max = 2000) String notes) {
    }

    public record ModelEnterpriseView(Long id, Long unionId, Long enterpriseId, int year, LocalDate recognisedOn, String notes) {

        static ModelEnterpriseView of(ModelEnterprise m) {
            return new ModelEnterpriseView(m.id, m.unionId, m.enterpriseId, m.year, m.recognisedOn, m.notes);
        }
    }

    @Inject
    ModelEnterpriseService models;

    @POST
    @Idempotent
    @Operation(summary = "Recognise a model enterprise 选树典型示范企业", description = "An enterprise of your subtree, once per year (409).")
    public Response record(Record request) {
        ModelEnterpriseView view = ModelEnterpriseView.of(models.recognise(request));
        return Response.created(URI.create("/api/v1/model-enterprises?enterpriseId=" + view.enterpriseId())).entity(view).build();
    }

    @GET
    @Operation(summary = "Model enterprises in your subtree 典型示范企业列表", description = "unionId narrows to that union's subtree; year filters.")
    public Page<ModelEnterpriseView> list(@QueryParam("unionId") Long unionId, @QueryParam("year") Integer year,
            @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return models.list(unionId, year, PageRequest.of(limit, cursor)).map(ModelEnterpriseView::of);
    }
}
