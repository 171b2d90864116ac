package cn.gonghui.membership.area;

import java.time.LocalDate;

/** An area as the API shows it. */
public record AreaView(Long id, AreaKind kind, String name, Long unionId, Long coveredByUnionId, LocalDate coveredOn,
        long version) {

    public static AreaView of(Area a) {
        return new AreaView(a.id, a.kind, a.name, a.unionId, a.coveredByUnionId, a.coveredOn, a.version);
    }
}
