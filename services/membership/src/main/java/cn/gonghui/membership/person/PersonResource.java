package cn.gonghui.membership.person;

import cn.gonghui.scope.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.Cache;

@Path("/api/v1/persons")
@Tag(name = "Persons 人员识别", description = "For other Gonghui services: which person an ID number belongs to, as an opaque personId")
@RolesAllowed(Roles.SERVICE)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class PersonResource {

    @Inject
    PersonRegistry registry;

    @POST
    @Path("/resolve")
    @Cache(noStore = true, isPrivate = true)
    @Operation(summary = "Resolve an ID number to a person 人员识别",
            description = "Service tokens only (role service). Answers the person's opaque personId, recorded on first "
                    + "lookup, and their active membership if any. Every call is audited; each calling service is "
                    + "limited to gonghui.persons.lookups-per-minute per pod (429 beyond).")
    public PersonRef resolve(PersonQuery query) {
        return registry.resolve(query);
    }
}
