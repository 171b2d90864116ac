package cn.gonghui.membership.union;

import java.time.LocalDate;

/** Payloads of the union tree's integration events (see docs/events.md). */
public final class UnionEvents {

    private UnionEvents() {
    }

    public record UnionCreated(long unionId, Long parentId, String path, String name, UnionKind kind, LocalDate foundedOn) {
    }

    public record UnionRenamed(long unionId, String name) {
    }

    public record UnionMoved(long unionId, Long oldParentId, long newParentId, String oldPath, String newPath) {
    }

    public record UnionDissolved(long unionId, String path, LocalDate dissolvedOn) {
    }
}
