package cn.gonghui.membership.servicepoint;

import java.time.LocalDate;

/** Payloads of the service-point events (see docs/events.md). */
public final class ServicePointEvents {

    private ServicePointEvents() {
    }

    /** 建成开放: registered OPEN, or opened from PLANNED or BUILDING (not a reopening after a suspension). */
    public record ServicePointOpened(long servicePointId, ServicePointKind kind, long unionId, LocalDate openedOn) {
    }

    /** 关闭, for good. */
    public record ServicePointClosed(long servicePointId, ServicePointKind kind, long unionId, LocalDate closedOn) {
    }
}
