package cn.gonghui.assistance.fund;

import cn.gonghui.problems.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The double-entry ledger: every movement of money is a posting of lines that sum to zero, written in
 * the caller's transaction together with the change of each fund's balance. A fund's balance moves by
 * one atomic UPDATE that refuses to go below zero, so concurrent grants can never overdraw it; funds
 * are updated in id order, so two postings over the same funds cannot deadlock.
 */
@ApplicationScoped
public class Ledger {

    /** One line: money into (positive) or out of (negative) an account of a fund. */
    public record Line(Account account, long fundId, long amountFen) {
    }

    @Inject
    EntityManager em;

    /** Writes one posting; 409 naming {@code amountField} when a fund would go below zero. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void post(UUID posting, PostingKind kind, LocalDate on, String reference, String amountField, List<Line> lines) {
        if (lines.stream().mapToLong(Line::amountFen).sum() != 0 || lines.size() < 2) {
            throw new IllegalStateException("a posting needs two or more lines that sum to zero: " + lines);
        }
        List<Line> fundLines = lines.stream().filter(l -> l.account() == Account.FUND)
                .sorted(Comparator.comparingLong(Line::fundId)).toList();
        for (Line line : fundLines) {
            int moved = em.createNativeQuery("UPDATE fund SET balance_fen = balance_fen + :amount, version = version + 1"
                            + " WHERE id = :fund AND balance_fen + :amount >= 0")
                    .setParameter("amount", line.amountFen())
                    .setParameter("fund", line.fundId())
                    .executeUpdate();
            if (moved == 0) {
                Number balance = (Number) em.createNativeQuery("SELECT balance_fen FROM fund WHERE id = :fund")
                        .setParameter("fund", line.fundId()).getSingleResult();
                throw ProblemException.conflict(amountField, "fund " + line.fundId() + " holds " + balance + " fen, less than the "
                        + -line.amountFen() + " fen needed");
            }
        }
        for (Line line : lines) {
            LedgerLine l = new LedgerLine();
            l.postingId = posting;
            l.kind = kind;
            l.account = line.account();
            l.fundId = line.fundId();
            l.amountFen = line.amountFen();
            l.postedOn = on;
            l.reference = reference;
            l.persist();
        }
        em.flush();
    }

    /** Money from {@code from} (an outside account) into a fund. */
    public static List<Line> into(long fundId, Account from, long amountFen) {
        return List.of(new Line(Account.FUND, fundId, amountFen), new Line(from, fundId, -amountFen));
    }

    /** Money out of a fund to {@code to} (an outside account). */
    public static List<Line> outOf(long fundId, Account to, long amountFen) {
        return List.of(new Line(Account.FUND, fundId, -amountFen), new Line(to, fundId, amountFen));
    }


    /** The sum of a fund's FUND lines, all time (equals its balance when the books reconcile). */
    public long ledgerBalance(long fundId) {
        Number sum = (Number) em.createNativeQuery("SELECT coalesce(sum(amount_fen), 0) FROM ledger_line"
                        + " WHERE fund_id = :fund AND account = 'FUND'")
                .setParameter("fund", fundId).getSingleResult();
        return sum.longValue();
    }

    /** The sum of a fund's lines on one account (e.g. GRANTS_PAYABLE: approved, not yet paid). */
    public long accountBalance(long fundId, Account account) {
        Number sum = (Number) em.createNativeQuery("SELECT coalesce(sum(amount_fen), 0) FROM ledger_line"
                        + " WHERE fund_id = :fund AND account = :account")
                .setParameter("fund", fundId).setParameter("account", account.name()).getSingleResult();
        return sum.longValue();
    }

    /** Postings whose lines do not sum to zero (the database refuses them at commit; this proves it). */
    public long unbalancedPostings() {
        Number count = (Number) em.createNativeQuery("SELECT count(*) FROM (SELECT posting_id FROM ledger_line"
                + " GROUP BY posting_id HAVING sum(amount_fen) <> 0) unbalanced").getSingleResult();
        return count.longValue();
    }
}
