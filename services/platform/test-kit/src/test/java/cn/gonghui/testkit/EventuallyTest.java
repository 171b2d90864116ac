package cn.gonghui.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class EventuallyTest {

    @Test
    void returnsAtOnceWhenTheConditionAlreadyHolds() {
        AtomicInteger looks = new AtomicInteger();
        long started = System.nanoTime();
        Eventually.await(Duration.ofSeconds(30), () -> looks.incrementAndGet() > 0);
        assertThat(looks).hasValue(1);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void looksAgainUntilTheConditionHolds() {
        AtomicInteger looks = new AtomicInteger();
        Eventually.await(Duration.ofSeconds(30), () -> looks.incrementAndGet() >= 3);
        assertThat(looks).hasValue(3);
    }

    @Test
    void failsTheTestOnceTheTimeIsUpAndNotLongAfter() {
        AtomicInteger looks = new AtomicInteger();
        long started = System.nanoTime();
        assertThatThrownBy(() -> Eventually.await(Duration.ofMillis(300), () -> looks.incrementAndGet() < 0))
                .isInstanceOf(AssertionError.class).hasMessage("condition not met within 300 ms");
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(300)).isLessThan(Duration.ofSeconds(2));
        assertThat(looks.get()).as("looked at least at the start and at the deadline").isBetween(2, 10);
    }

    @Test
    void theFailureNamesWhatWasAwaited() {
        assertThatThrownBy(() -> Eventually.await(Duration.ofSeconds(0), "MemberJoined for 42", () -> false))
                .isInstanceOf(AssertionError.class).hasMessage("MemberJoined for 42 not met within 0 s");
        assertThat(Eventually.describe(Duration.ofSeconds(30))).isEqualTo("30 s");
    }

    @Test
    void anInterruptedWaitFailsAndKeepsTheInterrupt() {
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> Eventually.await(Duration.ofSeconds(30), () -> false))
                    .isInstanceOf(AssertionError.class).hasMessageContaining("interrupted");
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }
}
