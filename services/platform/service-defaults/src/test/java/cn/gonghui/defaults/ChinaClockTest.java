package cn.gonghui.defaults;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ChinaClockTest {

    @Test
    void withoutAnOffsetTheClockIsRealTimeInShanghai() {
        Clock clock = ChinaClock.of(Duration.ZERO);
        assertThat(clock.getZone()).isEqualTo(ChinaClock.ZONE);
        assertThat(Duration.between(Instant.now(), clock.instant()).abs()).isLessThan(Duration.ofMinutes(1));
    }

    @Test
    void anOffsetRunsTheServiceAheadOfRealTime() {
        Clock clock = ChinaClock.of(Duration.ofDays(3));
        assertThat(clock.getZone()).isEqualTo(ChinaClock.ZONE);
        assertThat(Duration.between(Instant.now(), clock.instant()).minus(Duration.ofDays(3)).abs()).isLessThan(Duration.ofMinutes(1));
    }
}
