package cn.gonghui.mediation.dispute;

import java.time.LocalDate;
import java.util.List;

/** Events about cases: ids, categories, money and dates, never a name, an ID number or a phone. */
public final class CaseEvents {

    private CaseEvents() {
    }

    public record CaseOpened(long caseId, long centreId, long unionId, Long memberId, Long enterpriseId, Channel channel,
            LocalDate receivedOn, LocalDate deadlineOn, int workersInvolved, boolean group, DisputeCase.UnionRole unionRole,
            List<ClaimCategory> categories, long claimedFen) {
    }

    public record CaseMediated(long caseId, long centreId, long unionId, Long memberId, LocalDate mediatedOn, long claimedFen,
            long agreedFen) {
    }

    public record PaymentRecovered(long caseId, long paymentId, long unionId, Long memberId, long amountFen, LocalDate paidOn,
            long paidFen, long agreedFen) {
    }

    public record ReferredClaim(long claimId, ClaimCategory category, long claimedFen, LocalDate limitationOn,
            boolean paymentOrderQualifies) {
    }

    public record CaseReferredToArbitration(long caseId, long centreId, long unionId, Long memberId,
            DisputeCase.ReferralReason reason, LocalDate referredOn, List<ReferredClaim> claims) {
    }

    /** outcome: PAID_IN_FULL (everything agreed was paid) or WITHDRAWN. */
    public record CaseClosed(long caseId, long unionId, Long memberId, String outcome, LocalDate closedOn, long agreedFen,
            long paidFen) {
    }
}
