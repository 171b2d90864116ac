package cn.gonghui.membership.union;

import cn.gonghui.scope.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Test only: founds a union the way {@code POST /unions} does, but reads the parent first and then waits
 * until the test lets it go on, so a move can commit between the founding's read of the parent and its
 * write: the race of review S6, staged. With {@code holdAfterWrite} it writes first and then waits, with its
 * transaction open.
 */
@Path("/api/v1/test-held-union-founding")
@RolesAllowed(Roles.DISTRICT_ADMIN)
public class HeldUnionFounding {

    static volatile CountDownLatch parentRead = new CountDownLatch(1);
    static volatile CountDownLatch goOn = new CountDownLatch(1);

    @Inject
    UnionService unions;

    static void reset() {
        parentRead = new CountDownLatch(1);
        goOn = new CountDownLatch(1);
    }

    @POST
    @Transactional
    @Operation(hidden = true) // test-only: kept out of the committed spec
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public long found(@QueryParam("holdAfterWrite") boolean holdAfterWrite, UnionRequests.Create request) throws InterruptedException {
        Union.findById(request.parentId());
        Union union = holdAfterWrite ? unions.create(request) : null;
        parentRead.countDown();
        if (!goOn.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the test never let the founding go on");
        }
        return holdAfterWrite ? union.id : unions.create(request).id;
    }
}
