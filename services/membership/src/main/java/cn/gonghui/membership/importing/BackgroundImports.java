package cn.gonghui.membership.importing;

import io.opentelemetry.context.Context;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs large imports after their upload has answered (review S10). How many run at once is bounded by
 * {@link ImportSlots}: an upload hands its slot over to its background import, which gives it back when done.
 */
@ApplicationScoped
class BackgroundImports {

    private final AtomicInteger threads = new AtomicInteger();
    private final ExecutorService executor = Executors.newCachedThreadPool(task -> {
        Thread t = new Thread(task, "member-import-" + threads.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    /** Runs {@code work}, then {@code after} whatever happened, in the upload's trace (its events carry it). */
    void run(Runnable work, Runnable after) {
        executor.execute(Context.current().wrap(() -> {
            try {
                work.run();
            } finally {
                after.run();
            }
        }));
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
