package cn.gonghui.bargaining;

import cn.gonghui.defaults.ChinaClock;
import cn.gonghui.testkit.MovableClock;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The service's clock in tests: moved to a deadline's boundary by the test, reset after each. */
public class TestClock {

    public static final MovableClock CLOCK = new MovableClock(ChinaClock.ZONE);

    @Produces
    @Singleton
    Clock clock() {
        return CLOCK;
    }
}
