package cn.gonghui.membership.importing;

import cn.gonghui.problems.ProblemException;
import cn.gonghui.problems.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.Semaphore;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many imports this pod runs at once (review S10). An import holds its file, its rows and a pooled
 * connection for as long as it runs; a pod that took every upload at once would run out of heap or
 * connections and fail everyone's requests. Beyond the limit an upload answers 429 at once, before its
 * body is read, and the officer tries again later.
 */
@ApplicationScoped
public class ImportSlots {

    private final Semaphore slots;
    private final int max;

    ImportSlots(@ConfigProperty(name = "gonghui.imports.max-concurrent", defaultValue = "2") int max) {
        if (max < 1) {
            throw new IllegalStateException("gonghui.imports.max-concurrent must be at least 1");
        }
        this.max = max;
        this.slots = new Semaphore(max);
    }

    /** Takes a slot, or answers 429 when every slot is taken; give it back with {@link #release()}. */
    public void acquire() {
        if (!slots.tryAcquire()) {
            throw new ProblemException(ProblemType.TOO_MANY_REQUESTS,
                    "this server is already running " + max + " imports; try again in a few minutes");
        }
    }

    public void release() {
        slots.release();
    }

    /** How many slots are free now. */
    int available() {
        return slots.availablePermits();
    }

    /** For tests: take a slot if one is free, without a problem. */
    boolean tryAcquire() {
        return slots.tryAcquire();
    }
}
