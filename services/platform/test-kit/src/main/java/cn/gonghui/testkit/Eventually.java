package cn.gonghui.testkit;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** A bounded polling wait, for effects that happen on another thread (a relay, a consumer). */
public final class Eventually {

    /** How long between two looks at the condition. */
    static final Duration POLL = Duration.ofMillis(100);

    private Eventually() {
    }

    /** Returns as soon as the condition holds; fails the test when it still does not after {@code timeout}. */
    public static void await(Duration timeout, BooleanSupplier condition) {
        await(timeout, "condition", condition);
    }

    /** The same, naming what was awaited in the failure ("MemberJoined for 42 not within 30 s"). */
    public static void await(Duration timeout, String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError(what + " not met within " + describe(timeout));
            }
            try {
                Thread.sleep(Math.max(1, Math.min(POLL.toMillis(), left / 1_000_000)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what, e);
            }
        }
    }

    static String describe(Duration timeout) {
        return timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms";
    }
}
