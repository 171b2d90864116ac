package cn.gonghui.mediation.legalaid;

import java.time.LocalDate;
import java.util.UUID;

/** A legal-aid case as the API shows it: the ID number masked. */
public record LegalAidView(Long id, Long unionId, UUID personId, Long memberId, String applicantName, String idNumber,
        int workersInvolved, String lawyerName, String lawFirm, String matter, long amountAtStakeFen, LocalDate acceptedOn,
        LegalAidCase.Status status, LegalAidCase.Outcome outcome, Long amountWonFen, LocalDate closedOn, long version) {

    public static LegalAidView of(LegalAidCase c) {
        return new LegalAidView(c.id, c.unionId, c.personId, c.memberId, c.applicantName, c.idNumberMasked, c.workersInvolved,
                c.lawyerName, c.lawFirm, c.matter, c.amountAtStakeFen, c.acceptedOn, c.status, c.outcome, c.amountWonFen, c.closedOn,
                c.version);
    }
}
