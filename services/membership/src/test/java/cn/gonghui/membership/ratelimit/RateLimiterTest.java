package cn.gonghui.membership.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    /** A clock the test moves by hand. */
    static final class StepClock extends Clock {
        Instant now = Instant.parse("2026-11-23T10:00:59Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void aKeyGetsItsLimitPerWindowAndOtherKeysTheirOwn() {
        StepClock clock = new StepClock();
        RateLimiter limiter = new RateLimiter(clock, 3, Duration.ofMinutes(1));
        assertThat(limiter.tryAcquire("a")).isTrue();
        assertThat(limiter.tryAcquire("a")).isTrue();
        assertThat(limiter.tryAcquire("a")).isTrue();
        assertThat(limiter.tryAcquire("a")).isFalse();
        assertThat(limiter.tryAcquire("b")).isTrue();
    }

    /** A window aligned to the clock's minute would give a fresh allowance one second after the first call. */
    @Test
    void theWindowStartsAtTheKeysFirstCallNotAtTheTopOfTheMinute() {
        StepClock clock = new StepClock();
        RateLimiter limiter = new RateLimiter(clock, 2, Duration.ofMinutes(1));
        assertThat(limiter.tryAcquire("a")).isTrue();
        assertThat(limiter.tryAcquire("a")).isTrue();
        clock.now = clock.now.plusSeconds(1);
        assertThat(limiter.tryAcquire("a")).as("10:01:00 is still within a's first window").isFalse();
        clock.now = clock.now.plusSeconds(59);
        assertThat(limiter.tryAcquire("a")).as("a minute after the first call, a new window").isTrue();
    }
}
