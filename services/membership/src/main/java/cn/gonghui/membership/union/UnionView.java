package cn.gonghui.membership.union;

import java.time.LocalDate;

public record UnionView(Long id, Long parentId, String path, String name, UnionKind kind, UnionStatus status,
        LocalDate foundedOn, LocalDate dissolvedOn, String legalPersonCode, String legalRepresentative, long version) {

    public static UnionView of(Union u) {
        return new UnionView(u.id, u.parentId, u.path, u.name, u.kind, u.status, u.foundedOn, u.dissolvedOn, u.legalPersonCode,
                u.legalRepresentative, u.version);
    }
}
