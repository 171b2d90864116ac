package cn.gonghui.mediation.dispute;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** A case as the API shows it: the ID number masked, the phone never; claimed, agreed and paid kept apart. */
public record CaseView(Long id, Long centreId, Long unionId, UUID personId, Long memberId, String applicantName, String idNumber,
        String gender, int workersInvolved, int representatives, boolean group, DisputeCase.UnionRole unionRole, Long enterpriseId,
        String respondentName, String facts, Channel channel, boolean oral, boolean stillEmployed, LocalDate employmentEndedOn,
        LocalDate receivedOn, LocalDate deadlineOn, boolean dueSoon, boolean overdue, Long mediatorId, CaseStatus status,
        LocalDate agreedOn, LocalDate mediatedOn, LocalDate referredOn, DisputeCase.ReferralReason referralReason,
        LocalDate withdrawnOn, LocalDate closedOn, String outcomeNote, DisputeCase.FileType fileType, String fileNumber,
        LocalDate filedOn, long claimedFen, long agreedFen, long paidFen, long outstandingFen, List<ClaimView> claims,
        List<TermView> terms, List<SignatureView> signatures, long version) {

    /** The case with its claims, terms, payments and signatures, as of {@code today}. */
    public static CaseView load(DisputeCase c, LocalDate today) {
        List<Claim> claims = Claim.list("caseId = ?1 order by id", c.id);
        List<AgreementTerm> terms = AgreementTerm.list("caseId = ?1 order by dueOn, id", c.id);
        List<Payment> payments = Payment.list("caseId", c.id);
        List<Signature> signatures = Signature.list("caseId", c.id);
        CaseLedger ledger = new CaseLedger(claims, terms, payments);
        return new CaseView(c.id, c.centreId, c.unionId, c.personId, c.memberId, c.applicantName, c.idNumberMasked, c.gender,
                c.workersInvolved, c.representatives, c.group(), c.unionRole, c.enterpriseId, c.respondentName, c.facts, c.channel,
                c.oral, c.stillEmployed, c.employmentEndedOn, c.receivedOn, c.deadlineOn, c.dueSoon(today), c.overdue(today),
                c.mediatorId, c.status, c.agreedOn, c.mediatedOn, c.referredOn, c.referralReason, c.withdrawnOn, c.closedOn,
                c.outcomeNote, c.fileType, c.fileNumber(), c.filedOn, ledger.claimedFen(), ledger.agreedFen(), ledger.paidFen(),
                ledger.agreedFen() - ledger.paidFen(),
                claims.stream().map(cl -> new ClaimView(cl.id, cl.category, cl.claimedFen, ledger.agreedFen(cl), ledger.paidFen(cl),
                        cl.description, cl.limitationOn, Limitation.expired(cl.limitationOn, today),
                        ClaimCategory.PAYMENT_ORDER.contains(cl.category),
                        ledger.paymentOrderAvailable(cl, c.status, today))).toList(),
                terms.stream().map(t -> new TermView(t.id, t.claimId, t.amountFen, t.dueOn, ledger.paidFen(t), ledger.overdue(t, today)))
                        .toList(),
                signatures.stream().sorted(Comparator.comparing((Signature s) -> s.party))
                        .map(s -> new SignatureView(s.party, s.signerName, s.signedOn)).toList(),
                c.version);
    }

    /**
     * One claim: claimed, agreed (its terms), paid; the last day for arbitration once referred (null while it does not
     * run) and whether it has passed today; whether its kind qualifies for a payment order 支付令 (Art 16) and whether
     * one can be sought today.
     */
    public record ClaimView(Long id, ClaimCategory category, long claimedFen, long agreedFen, long paidFen, String description,
            LocalDate limitationOn, boolean limitationExpired, boolean paymentOrderQualifies, boolean paymentOrderAvailable) {
    }

    public record TermView(Long id, Long claimId, long amountFen, LocalDate dueOn, long paidFen, boolean overdue) {
    }

    public record SignatureView(Signature.Party party, String signerName, LocalDate signedOn) {
    }

    public record SessionView(Long id, Long caseId, LocalDate heldOn, Long mediatorId, boolean applicantAttended,
            boolean respondentAttended, String notes) {

        public static SessionView of(MediationSession s) {
            return new SessionView(s.id, s.caseId, s.heldOn, s.mediatorId, s.applicantAttended, s.respondentAttended, s.notes);
        }
    }

    public record PaymentView(Long id, Long caseId, Long termId, long amountFen, LocalDate paidOn, String reference) {

        public static PaymentView of(Payment p) {
            return new PaymentView(p.id, p.caseId, p.termId, p.amountFen, p.paidOn, p.reference);
        }
    }
}
