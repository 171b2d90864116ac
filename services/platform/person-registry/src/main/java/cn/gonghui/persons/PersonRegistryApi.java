package cn.gonghui.persons;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** Membership's {@code POST /api/v1/persons/resolve}; the ID number travels in the body, never in the URL. */
@RegisterRestClient(configKey = "person-registry")
@Path("/api/v1/persons")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public interface PersonRegistryApi {

    @POST
    @Path("/resolve")
    PersonRef resolve(@HeaderParam("Authorization") String bearer, Map<String, String> query);
}
