package cn.gonghui.membership.cadre;

import java.time.LocalDate;

/** A cadre as the API shows it. */
public record CadreView(Long id, Long unionId, String name, Long memberId, CadreRole role, boolean fullTime, LocalDate fromOn,
        LocalDate toOn, long version) {

    public static CadreView of(Cadre c) {
        return new CadreView(c.id, c.unionId, c.name, c.memberId, c.role, c.fullTime, c.fromOn, c.toOn, c.version);
    }
}
