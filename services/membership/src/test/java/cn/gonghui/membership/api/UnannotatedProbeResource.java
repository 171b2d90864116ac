package cn.gonghui.membership.api;

import jakarta.ws.rs.GET;
import org.eclipse.microprofile.openapi.annotations.Operation;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/** A test-only endpoint someone forgot to annotate with roles: it must be denied, not public. */
@Path("/api/v1/test-unannotated")
public class UnannotatedProbeResource {

    @GET
    @Operation(hidden = true) // test-only: kept out of the committed spec
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, String> secret() {
        return Map.of("secret", "should never be served");
    }
}
