package cn.gonghui.events;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneId;

/** The clock a service gets from service-defaults' ChinaClock. */
public class TestClock {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.system(ZoneId.of("Asia/Shanghai"));
    }
}
