package cn.gonghui.membership.union;

import java.time.LocalDate;

/** A union change as the API shows it. */
public record UnionChangeView(Long id, Long unionId, UnionChangeKind kind, LocalDate changedOn, String oldValue, String newValue) {

    public static UnionChangeView of(UnionChange c) {
        return new UnionChangeView(c.id, c.unionId, c.kind, c.changedOn, c.oldValue, c.newValue);
    }
}
