package cn.gonghui.report;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The threads that call the other services: at most {@code gonghui.report.parallelism} calls at once
 * across all reports being assembled, so a district with many street federations does not open a
 * hundred connections to each service at the same moment.
 */
@ApplicationScoped
public class CallPool {

    private final ExecutorService executor;

    CallPool(@ConfigProperty(name = "gonghui.report.parallelism", defaultValue = "8") int parallelism) {
        AtomicInteger n = new AtomicInteger();
        executor = Executors.newFixedThreadPool(parallelism, r -> {
            Thread t = new Thread(r, "report-call-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    public ExecutorService executor() {
        return executor;
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
