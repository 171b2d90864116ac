package cn.gonghui.membership.person;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Person lookups per calling service and minute, in this pod: a compromised service can only sweep ID
 * numbers slowly and visibly. Each pod counts on its own, so the cluster-wide limit is pods × this.
 */
@ApplicationScoped
public class LookupRateLimit {

    @ConfigProperty(name = "gonghui.persons.lookups-per-minute", defaultValue = "600")
    int perMinute;

    final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    LookupRateLimit(Clock clock) {
        this.clock = clock;
    }

    private record Window(long minute, int used) {
    }

    public boolean tryAcquire(String caller) {
        long minute = clock.millis() / 60_000;
        Window window = windows.compute(caller, (key, old) ->
                old == null || old.minute() != minute ? new Window(minute, 1) : new Window(minute, old.used() + 1));
        return window.used() <= perMinute;
    }
}
