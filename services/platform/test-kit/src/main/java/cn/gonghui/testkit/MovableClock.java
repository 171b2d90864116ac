package cn.gonghui.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A clock a test moves (to a deadline's last day, then one day on) instead of sleeping. A service's tests
 * produce it as their {@code Clock} bean (service-defaults' ChinaClock steps aside for it); it runs with
 * real time from where it was set, so timestamps still advance. Reset it after each test.
 */
public final class MovableClock extends Clock {

    private final ZoneId zone;
    private volatile Duration offset = Duration.ZERO;

    public MovableClock(ZoneId zone) {
        this.zone = zone;
    }

    /** Today becomes {@code date}, at the current time of day. */
    public void today(LocalDate date) {
        LocalDate real = LocalDate.now(Clock.system(zone));
        offset = Duration.ofDays(date.toEpochDay() - real.toEpochDay());
    }

    public void advanceDays(long days) {
        offset = offset.plusDays(days);
    }

    public void advanceSeconds(long seconds) {
        offset = offset.plusSeconds(seconds);
    }

    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        MovableClock c = new MovableClock(other);
        c.offset = offset;
        return c;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }
}
