package cn.gonghui.membership.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code limit} calls per key in a window, in this pod. A key's window starts at its first call
 * and a new one starts at the first call after it ends, so a caller never gets two windows' worth in a
 * moment (as a fixed clock-aligned window would allow at its edge). Each pod counts on its own, so the
 * cluster-wide allowance is pods × limit. Keys whose window has ended are dropped now and then.
 */
public final class RateLimiter {

    private static final int PRUNE_ABOVE = 10_000;

    private final Clock clock;
    private final int limit;
    private final long windowMillis;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    public RateLimiter(Clock clock, int limit, Duration window) {
        if (limit < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a rate limit needs a limit of at least 1 and a positive window");
        }
        this.clock = clock;
        this.limit = limit;
        this.windowMillis = window.toMillis();
    }

    private record Window(long startedAt, int used) {
    }

    /** Counts one call of {@code key}; false when the key has used up its window. */
    public boolean tryAcquire(String key) {
        long now = clock.millis();
        if (windows.size() > PRUNE_ABOVE) {
            windows.values().removeIf(w -> now - w.startedAt() >= windowMillis);
        }
        Window window = windows.compute(key, (k, old) -> old == null || now - old.startedAt() >= windowMillis
                ? new Window(now, 1)
                : new Window(old.startedAt(), old.used() + 1));
        return window.used() <= limit;
    }

    public int limit() {
        return limit;
    }
}
