package cn.gonghui.defaults;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The one clock of a service: periods, deadlines and "today" are in Asia/Shanghai. Inject {@link Clock}
 * instead of calling {@code now()} on a spelled-out zone; a test replaces it with a fixed or stepping clock.
 *
 * <p>{@code gonghui.clock.offset} (default none) runs a whole packaged service ahead of real time, for test
 * and demo environments only: the full-stack suite moves benefits a few days on so that insurance cover has
 * begun and a claim can be paid. A service started with an offset says so in its log.
 */
@jakarta.inject.Singleton
public class ChinaClock {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static final Logger LOG = Logger.getLogger(ChinaClock.class);

    @ConfigProperty(name = "gonghui.clock.offset", defaultValue = "PT0S")
    Duration offset;

    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return of(offset);
    }

    static Clock of(Duration offset) {
        Clock system = Clock.system(ZONE);
        if (offset.isZero()) {
            return system;
        }
        LOG.warnf("gonghui.clock.offset=%s: this service runs %s ahead of real time (test and demo environments only)", offset, offset);
        return Clock.offset(system, offset);
    }
}
