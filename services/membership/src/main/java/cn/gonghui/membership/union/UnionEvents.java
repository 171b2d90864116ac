package cn.gonghui.membership.union;

import java.time.LocalDate;

/** Payloads of the union tree's integration events (see docs/events.md). */
public final class UnionEvents {

    /**
     * The Kafka key of every union-tree event: one partition, one order, so a replica never sees a child's
     * creation before its parent's move (security review S8). Tree changes are rare, so one key costs nothing.
     */
    public static final String KEY = "union-tree";

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
