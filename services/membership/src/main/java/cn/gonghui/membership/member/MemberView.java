package cn.gonghui.membership.member;

import java.time.LocalDate;

/** A member as every response shows it: ID number and phone masked. */
public record MemberView(Long id, String name, String idNumber, String phone, Long unionId, Long enterpriseId,
        MemberStatus status, boolean retired, LocalDate appliedOn, LocalDate joinedOn, LocalDate leftOn,
        LocalDate retiredOn, String rejectReason, long version) {

    public static MemberView of(Member m) {
        return new MemberView(m.id, m.name, m.idNumberMasked, m.phoneMasked, m.unionId, m.enterpriseId, m.status,
                m.retired, m.appliedOn, m.joinedOn, m.leftOn, m.retiredOn, m.rejectReason, m.version);
    }
}
