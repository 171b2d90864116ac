package cn.gonghui.mediation.dispute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gonghui.problems.ProblemException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Claimed, agreed and paid kept apart; terms checked against the claims; the payment-order flag (Art 16). */
class CaseLedgerTest {

    static final LocalDate AGREED = LocalDate.of(2026, 5, 1);

    static Claim claim(long id, ClaimCategory category, long claimed) {
        Claim c = new Claim();
        c.id = id;
        c.category = category;
        c.claimedFen = claimed;
        return c;
    }

    static AgreementTerm term(long id, long claimId, long amount, LocalDate due) {
        AgreementTerm t = new AgreementTerm();
        t.id = id;
        t.claimId = claimId;
        t.amountFen = amount;
        t.dueOn = due;
        return t;
    }

    static Payment payment(long termId, long amount) {
        Payment p = new Payment();
        p.termId = termId;
        p.amountFen = amount;
        return p;
    }

    @Test
    void instalmentsOfAClaimAddUpAndClaimedAgreedAndPaidStayApart() {
        List<Claim> claims = List.of(claim(1, ClaimCategory.UNPAID_WAGES, 1_000_000), claim(2, ClaimCategory.OVERTIME, 300_000));
        List<AgreementTerm> terms = List.of(term(10, 1, 400_000, AGREED.plusDays(10)), term(11, 1, 400_000, AGREED.plusDays(40)),
                term(12, 2, 100_000, AGREED.plusDays(10)));
        CaseLedger ledger = new CaseLedger(claims, terms, List.of(payment(10, 400_000), payment(11, 150_000)));
        assertThat(ledger.claimedFen()).isEqualTo(1_300_000);
        assertThat(ledger.agreedFen()).isEqualTo(900_000);
        assertThat(ledger.paidFen()).isEqualTo(550_000);
        assertThat(ledger.agreedFen(claims.get(0))).isEqualTo(800_000);
        assertThat(ledger.paidFen(claims.get(0))).isEqualTo(550_000);
        assertThat(ledger.paidFen(claims.get(1))).isZero();
        assertThat(ledger.fullyPaid()).isFalse();
    }

    @Test
    void aClaimIsNeverAgreedAboveWhatWasClaimedAcrossItsInstalments() {
        List<Claim> claims = List.of(claim(1, ClaimCategory.UNPAID_WAGES, 500_000));
        CaseLedger.checkTerms(claims, List.of(new CaseLedger.Proposed(1, 300_000, AGREED), new CaseLedger.Proposed(1, 200_000, AGREED)), AGREED);
        assertThatThrownBy(() -> CaseLedger.checkTerms(claims, List.of(new CaseLedger.Proposed(1, 300_000, AGREED),
                new CaseLedger.Proposed(1, 200_001, AGREED)), AGREED))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("terms[1].amountFen"));
    }

    @Test
    void aTermNamesAClaimOfTheCaseAndIsNotDueBeforeTheAgreement() {
        List<Claim> claims = List.of(claim(1, ClaimCategory.UNPAID_WAGES, 500_000));
        assertThatThrownBy(() -> CaseLedger.checkTerms(claims, List.of(new CaseLedger.Proposed(99, 1, AGREED)), AGREED))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("terms[0].claimId"));
        assertThatThrownBy(() -> CaseLedger.checkTerms(claims, List.of(new CaseLedger.Proposed(1, 1, AGREED.minusDays(1))), AGREED))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("terms[0].dueOn"));
    }

    @Test
    void aPaymentOrderCanBeSoughtFromTheDayAfterAWageTermFellDueUnpaid() {
        Claim wages = claim(1, ClaimCategory.UNPAID_WAGES, 500_000);
        Claim overtime = claim(2, ClaimCategory.OVERTIME, 500_000);
        LocalDate due = AGREED.plusDays(10);
        CaseLedger ledger = new CaseLedger(List.of(wages, overtime), List.of(term(10, 1, 500_000, due), term(11, 2, 500_000, due)),
                List.of(payment(10, 499_999)));
        assertThat(ledger.paymentOrderAvailable(wages, CaseStatus.MEDIATED, due)).isFalse();
        assertThat(ledger.paymentOrderAvailable(wages, CaseStatus.MEDIATED, due.plusDays(1))).isTrue();
        // overtime is not a kind Art 16 names
        assertThat(ledger.paymentOrderAvailable(overtime, CaseStatus.MEDIATED, due.plusDays(1))).isFalse();
        // an agreement not yet binding gives no payment order
        assertThat(ledger.paymentOrderAvailable(wages, CaseStatus.AGREEMENT_DRAFTED, due.plusDays(1))).isFalse();
        CaseLedger paid = new CaseLedger(List.of(wages), List.of(term(10, 1, 500_000, due)), List.of(payment(10, 500_000)));
        assertThat(paid.paymentOrderAvailable(wages, CaseStatus.MEDIATED, due.plusDays(1))).isFalse();
        assertThat(paid.fullyPaid()).isTrue();
    }
}
