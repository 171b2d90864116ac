package cn.gonghui.idempotency;

import cn.gonghui.localstack.LocalStackTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Singleton;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import cn.gonghui.scope.UnionTree;
import java.util.concurrent.atomic.AtomicInteger;

/** The small application IdempotencyTest drives: one idempotent endpoint that counts its effects. */
@QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "service", value = "idemtest"))
public class IdempotencyTestApp {

    static final AtomicInteger EFFECTS = new AtomicInteger();

    @Path("/test/things")
    @RolesAllowed({"officer", "district-admin"})
    public static class Things {

        @POST
        @Idempotent
        @Consumes(MediaType.APPLICATION_JSON)
        @jakarta.ws.rs.Produces(MediaType.APPLICATION_JSON)
        public Response create(Map<String, Object> thing) {
            int n = EFFECTS.incrementAndGet();
            return Response.created(URI.create("/test/things/" + n)).entity(Map.of("number", n, "name", thing.get("name"))).build();
        }
    }

    /** A service brings its own union tree (membership's table, or the org replica); this application has none. */
    @jakarta.enterprise.inject.Produces
    @Singleton
    UnionTree tree() {
        return new UnionTree() {
            @Override
            public Optional<String> pathOf(long unionId) {
                return Optional.of("/" + unionId + "/");
            }

            @Override
            public Optional<String> activePathOf(long unionId) {
                return pathOf(unionId);
            }
        };
    }

    /** What service-defaults' ChinaClock gives a service. */
    @jakarta.enterprise.inject.Produces
    @Singleton
    Clock clock() {
        return Clock.system(ZoneId.of("Asia/Shanghai"));
    }
}
