package cn.gonghui.bargaining.contract;

import java.time.LocalDate;
import java.util.List;

/** A contract as the API shows it, with the steps allowed next and its legal deadlines as of today. */
public record ContractView(Long id, Long unionId, ContractKind kind, ContractScope scope, String title, ContractStatus status,
        Contract.Initiator initiator, List<Covered> enterprises, int workersCovered, LocalDate offeredOn, LocalDate answerDueOn,
        LocalDate answeredOn, boolean answeredLate, LocalDate signedOn, LocalDate startsOn, Integer termMonths, LocalDate expiresOn,
        LocalDate filingDueOn, LocalDate filedOn, boolean filedLate, String bureau, LocalDate reviewEndsOn, LocalDate effectiveOn,
        boolean deemedEffective, LocalDate inForceFrom, LocalDate renewalOpensOn, LocalDate expiredOn, Long renewsId,
        LocalDate closedOn, String closeReason, List<String> allowedNext, List<Deadline> deadlines, long version) {

    public record Covered(long enterpriseId, int workers) {
    }

    public static ContractView of(Contract c, LocalDate today) {
        return new ContractView(c.id, c.unionId, c.kind, c.scope, c.title, c.status, c.initiator,
                c.enterprises.stream().map(e -> new Covered(e.enterpriseId, e.workers)).toList(), c.workersCovered(), c.offeredOn,
                c.answerDueOn, c.answeredOn, c.answeredLate, c.signedOn, c.startsOn, c.termMonths, c.expiresOn, c.filingDueOn, c.filedOn,
                c.filedLate, c.bureau, c.reviewEndsOn, c.effectiveOn, c.deemedEffective, c.inForceFrom, c.renewalOpensOn, c.expiredOn,
                c.renewsId, c.closedOn, c.closeReason, c.status.next(), c.deadlines(today), c.version);
    }

    /** A negotiation round as the API shows it. */
    public record RoundView(Long id, Long contractId, int roundNo, LocalDate heldOn, int unionNegotiators, int employerNegotiators,
            String unionChief, String employerChief, String minutes, String proposals) {

        public static RoundView of(NegotiationRound r) {
            return new RoundView(r.id, r.contractId, r.roundNo, r.heldOn, r.unionNegotiators, r.employerNegotiators, r.unionChief,
                    r.employerChief, r.minutes, r.proposals);
        }
    }

    /** A 职代会 vote as the API shows it, with the contract's status after it. */
    public record VoteView(Long id, Long contractId, LocalDate heldOn, int representatives, int present, int inFavour,
            CongressVote.Outcome outcome, ContractStatus contractStatus) {

        public static VoteView of(CongressVote v, ContractStatus status) {
            return new VoteView(v.id, v.contractId, v.heldOn, v.representatives, v.present, v.inFavour, v.outcome, status);
        }
    }
}
