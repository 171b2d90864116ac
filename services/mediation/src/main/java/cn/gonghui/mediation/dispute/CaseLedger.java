package cn.gonghui.mediation.dispute;

import cn.gonghui.problems.ProblemException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The money of one case, kept apart as the reports need it: claimed (涉及金额, per claim), agreed (per claim,
 * the sum of its terms) and paid (挽回, the payments against those terms). Pure arithmetic over the rows.
 */
public final class CaseLedger {

    private final List<Claim> claims;
    private final List<AgreementTerm> terms;
    private final Map<Long, Long> paidByTerm = new HashMap<>();

    public CaseLedger(List<Claim> claims, List<AgreementTerm> terms, List<Payment> payments) {
        this.claims = claims;
        this.terms = terms;
        payments.forEach(p -> paidByTerm.merge(p.termId, p.amountFen, Long::sum));
    }

    /** Proposed terms are valid: each names a claim of the case, is due no earlier than the agreement, and no claim is agreed above what was claimed. */
    public static void checkTerms(List<Claim> claims, List<Proposed> proposed, LocalDate agreedOn) {
        Map<Long, Claim> byId = new HashMap<>();
        claims.forEach(c -> byId.put(c.id, c));
        Map<Long, Long> agreed = new HashMap<>();
        for (int i = 0; i < proposed.size(); i++) {
            Proposed t = proposed.get(i);
            Claim claim = byId.get(t.claimId());
            if (claim == null) {
                throw ProblemException.invalid("terms[" + i + "].claimId", "claim " + t.claimId() + " is not a claim of this case");
            }
            if (t.dueOn().isBefore(agreedOn)) {
                throw ProblemException.invalid("terms[" + i + "].dueOn", "must not be before the agreement (" + agreedOn + ")");
            }
            long sum = agreed.merge(claim.id, t.amountFen(), Long::sum);
            if (sum > claim.claimedFen) {
                throw ProblemException.invalid("terms[" + i + "].amountFen", "the terms of claim " + claim.id + " agree " + sum
                        + " fen, more than the " + claim.claimedFen + " fen claimed");
            }
        }
    }

    /** A term as the agreement proposes it. */
    public record Proposed(long claimId, long amountFen, LocalDate dueOn) {
    }

    public long claimedFen() {
        return claims.stream().mapToLong(c -> c.claimedFen).sum();
    }

    public long agreedFen() {
        return terms.stream().mapToLong(t -> t.amountFen).sum();
    }

    public long paidFen() {
        return paidByTerm.values().stream().mapToLong(Long::longValue).sum();
    }

    public long agreedFen(Claim claim) {
        return terms.stream().filter(t -> t.claimId.equals(claim.id)).mapToLong(t -> t.amountFen).sum();
    }

    public long paidFen(Claim claim) {
        return terms.stream().filter(t -> t.claimId.equals(claim.id)).mapToLong(this::paidFen).sum();
    }

    public long paidFen(AgreementTerm term) {
        return paidByTerm.getOrDefault(term.id, 0L);
    }

    /** Due before today and not fully paid. */
    public boolean overdue(AgreementTerm term, LocalDate today) {
        return term.dueOn.isBefore(today) && paidFen(term) < term.amountFen;
    }

    /**
     * 支付令 (Art 16): the claim is of a kind the article names, the agreement binds, and the employer has let one
     * of its terms pass unpaid.
     */
    public boolean paymentOrderAvailable(Claim claim, CaseStatus status, LocalDate today) {
        return status == CaseStatus.MEDIATED && ClaimCategory.PAYMENT_ORDER.contains(claim.category)
                && terms.stream().anyMatch(t -> t.claimId.equals(claim.id) && overdue(t, today));
    }

    public boolean fullyPaid() {
        return paidFen() == agreedFen();
    }
}
