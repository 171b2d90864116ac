package cn.gonghui.defaults;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The one clock of a service: periods, deadlines and "today" are in Asia/Shanghai. Inject {@link Clock}
 * instead of calling {@code now()} on a spelled-out zone; a test replaces it with a fixed or stepping clock.
 */
@jakarta.inject.Singleton
public class ChinaClock {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Clock.system(ZONE);
    }
}
