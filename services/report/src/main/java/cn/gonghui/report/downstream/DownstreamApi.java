package cn.gonghui.report.downstream;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * What the report reads from the other services, as JSON trees (the report does not share their Java
 * classes). Built once per service by {@link Downstream} against {@code quarkus.rest-client.<service>.url};
 * the caller's Authorization header goes along on every call, so each service applies its own scope.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface DownstreamApi {

    /** {@code GET /api/v1/stats/{service}} of every service. */
    @GET
    @Path("/stats/{service}")
    JsonNode stats(@PathParam("service") String service, @QueryParam("unionId") long unionId,
            @QueryParam("from") String from, @QueryParam("to") String to, @HeaderParam("Authorization") String authorization);

    /** Membership's union ({@code UnionView}): 404 when it is outside the caller's scope or unknown. */
    @GET
    @Path("/unions/{id}")
    JsonNode union(@PathParam("id") long id, @HeaderParam("Authorization") String authorization);

    /** Membership's direct children of a union, one page ({@code PageUnionView}). */
    @GET
    @Path("/unions/{id}/subtree")
    JsonNode children(@PathParam("id") long id, @QueryParam("childrenOnly") boolean childrenOnly,
            @QueryParam("cursor") String cursor, @QueryParam("limit") int limit,
            @HeaderParam("Authorization") String authorization);
}
