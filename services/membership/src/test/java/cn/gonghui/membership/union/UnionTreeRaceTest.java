package cn.gonghui.membership.union;

import static cn.gonghui.membership.Fixtures.tree;
import static cn.gonghui.testkit.Api.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.testkit.Eventually;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The union tree's materialized paths stay right when tree changes overlap (review S6). */
@QuarkusTest
class UnionTreeRaceTest {

    @Inject
    AgroalDataSource db;

    /** Its own threads: a request held open must not wait for a pool thread the other request is holding. */
    private final ExecutorService requests = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopRequests() {
        requests.shutdownNow();
    }

    /**
     * Before: the founding copied the parent path it had read, the move could not see the uninserted child,
     * and the child kept the old ancestry: the old district's officers kept its scope for good.
     */
    @Test
    void aUnionFoundedWhileItsParentMovesGetsTheNewAncestry() throws Exception {
        var from = tree();
        var to = tree();
        HeldUnionFounding.reset();
        CompletableFuture<Long> founding = CompletableFuture.supplyAsync(() -> asAdmin()
                .body(Map.of("name", "新建企业工会", "kind", "ENTERPRISE_UNION", "parentId", from.street()))
                .post("/api/v1/test-held-union-founding").then().statusCode(200).extract().as(Long.class), requests);
        assertThat(HeldUnionFounding.parentRead.await(30, TimeUnit.SECONDS)).as("the founding read the parent").isTrue();

        asAdmin().header("Idempotency-Key", UUID.randomUUID().toString()).body(Map.of("newParentId", to.district()))
                .post("/api/v1/unions/" + from.street() + "/move").then().statusCode(200);
        HeldUnionFounding.goOn.countDown();
        long child = founding.get(30, TimeUnit.SECONDS);

        String streetPath = asAdmin().get("/api/v1/unions/" + from.street()).then().statusCode(200).extract().path("path");
        assertThat(streetPath).startsWith("/" + to.district() + "/");
        assertThat(pathOf(child)).isEqualTo(streetPath + child + "/");
    }

    /** While one tree change is open, the next waits for its commit, and then sees the child it wrote. */
    @Test
    void aMoveWaitsForAnOpenFoundingAndBothEndConsistent() throws Exception {
        var from = tree();
        var to = tree();
        HeldUnionFounding.reset();
        CompletableFuture<Long> founding = CompletableFuture.supplyAsync(() -> asAdmin().queryParam("holdAfterWrite", true)
                .body(Map.of("name", "新建楼宇工会", "kind", "BUILDING_UNION", "parentId", from.street()))
                .post("/api/v1/test-held-union-founding").then().statusCode(200).extract().as(Long.class), requests);
        assertThat(HeldUnionFounding.parentRead.await(30, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Integer> moving = CompletableFuture.supplyAsync(() -> asAdmin().body(Map.of("newParentId", to.district()))
                .post("/api/v1/unions/" + from.street() + "/move").then().extract().statusCode(), requests);
        Eventually.await(Duration.ofSeconds(30), "the move waits on the open founding",
                () -> moving.isDone() || waitingOnALock());
        assertThat(moving).as("the move did not go ahead of the open founding").isNotDone();
        HeldUnionFounding.goOn.countDown();
        long child = founding.get(30, TimeUnit.SECONDS);
        assertThat(moving.get(30, TimeUnit.SECONDS)).isEqualTo(200);
        String streetPath = asAdmin().get("/api/v1/unions/" + from.street()).then().extract().path("path");
        assertThat(streetPath).startsWith("/" + to.district() + "/");
        assertThat(pathOf(child)).isEqualTo(streetPath + child + "/");
    }

    private boolean waitingOnALock() {
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_locks WHERE NOT granted")) {
            rs.next();
            return rs.getLong(1) > 0;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String pathOf(long union) throws Exception {
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT path FROM union_unit WHERE id = " + union)) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }
}
