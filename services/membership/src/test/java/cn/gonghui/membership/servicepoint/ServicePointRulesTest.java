package cn.gonghui.membership.servicepoint;

import static cn.gonghui.membership.StateRules.assertInvalidState;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gonghui.problems.ProblemException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A service point's life: registered planned, building or open; opened, suspended, closed; rated when open. */
class ServicePointRulesTest {

    static final LocalDate TODAY = LocalDate.of(2020, 12, 31);

    static ServicePoint point(ServicePointKind kind) {
        ServicePoint p = new ServicePoint();
        p.id = 7L;
        p.kind = kind;
        return p;
    }

    static void assertInvalid(Runnable action, String field) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.errors().get(0).field()).isEqualTo(field));
    }

    @Test
    void anOpenPointOpensTodayUnlessItSaysWhenAndNeverInTheFuture() {
        ServicePoint p = point(ServicePointKind.WARM_STATION);
        p.register(null, null, TODAY);
        assertThat(p.status).isEqualTo(ServicePointStatus.OPEN);
        assertThat(p.openedOn).isEqualTo(TODAY);
        ServicePoint earlier = point(ServicePointKind.WARM_STATION);
        earlier.register(ServicePointStatus.OPEN, LocalDate.of(2019, 3, 1), TODAY);
        assertThat(earlier.openedOn).isEqualTo(LocalDate.of(2019, 3, 1));
        assertInvalid(() -> point(ServicePointKind.WARM_STATION).register(ServicePointStatus.OPEN, TODAY.plusDays(1), TODAY), "openedOn");
        assertInvalid(() -> point(ServicePointKind.WARM_STATION).register(ServicePointStatus.PLANNED, TODAY, TODAY), "openedOn");
        assertInvalid(() -> point(ServicePointKind.WARM_STATION).register(ServicePointStatus.CLOSED, null, TODAY), "status");
    }

    @Test
    void aPlannedPointIsBuiltOpenedSuspendedReopenedAndClosedOnce() {
        ServicePoint p = point(ServicePointKind.MOTHER_BABY_ROOM);
        p.register(ServicePointStatus.PLANNED, null, TODAY);
        assertThat(p.openedOn).isNull();
        assertThat(p.openOn(TODAY)).isFalse();
        assertInvalidState(() -> p.close(TODAY));
        assertInvalidState(p::suspend);
        p.startBuilding();
        assertInvalidState(p::startBuilding);
        p.open(LocalDate.of(2020, 5, 1));
        assertThat(p.openOn(LocalDate.of(2020, 4, 30))).isFalse();
        assertThat(p.openOn(LocalDate.of(2020, 5, 1))).isTrue();
        assertInvalidState(() -> p.open(TODAY));
        p.suspend();
        assertThat(p.openOn(TODAY)).as("a suspended point stays in the stock").isTrue();
        p.open(TODAY);
        assertThat(p.openedOn).as("reopening keeps the first opening date").isEqualTo(LocalDate.of(2020, 5, 1));
        assertInvalid(() -> p.close(LocalDate.of(2020, 4, 1)), "on");
        p.close(LocalDate.of(2020, 11, 30));
        assertThat(p.status).isEqualTo(ServicePointStatus.CLOSED);
        assertThat(p.openOn(LocalDate.of(2020, 11, 29))).isTrue();
        assertThat(p.openOn(LocalDate.of(2020, 11, 30))).isFalse();
        assertInvalidState(() -> p.close(TODAY));
        assertInvalidState(() -> p.open(TODAY));
    }

    @Test
    void onlyHomesAndServiceStationsAreRatedAndOnlyOnceOpened() {
        assertInvalid(() -> opened(ServicePointKind.WARM_STATION).rate(3), "stars");
        ServicePoint station = opened(ServicePointKind.SERVICE_STATION);
        station.rate(4);
        assertThat(station.stars).isEqualTo(4);
        ServicePoint building = point(ServicePointKind.WORKERS_HOME);
        building.register(ServicePointStatus.BUILDING, null, TODAY);
        assertInvalidState(() -> building.rate(3));
        ServicePoint planned = point(ServicePointKind.WORKERS_HOME);
        planned.register(ServicePointStatus.PLANNED, null, TODAY);
        assertInvalidState(planned::requireInspectable);
        building.requireInspectable();
    }

    private static ServicePoint opened(ServicePointKind kind) {
        ServicePoint p = point(kind);
        p.register(ServicePointStatus.OPEN, TODAY, TODAY);
        return p;
    }
}
