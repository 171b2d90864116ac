package cn.gonghui.assistance.fund;

import java.time.LocalDate;
import java.util.UUID;

/** Funds, ledger lines, donations and allocations as the API shows them. */
public final class FundViews {

    private FundViews() {
    }

    public record FundView(Long id, Long unionId, String name, FundKind kind, String restriction, long balanceFen,
            long payableFen, LocalDate openedOn, long version) {
    }

    public record LineView(Long id, UUID postingId, PostingKind kind, Account account, long amountFen, LocalDate postedOn,
            String reference) {

        public static LineView of(LedgerLine l) {
            return new LineView(l.id, l.postingId, l.kind, l.account, l.amountFen, l.postedOn, l.reference);
        }
    }

    /** The fund's stored balance beside the sum of its ledger lines; they are equal when the books reconcile. */
    public record Reconciliation(long fundId, long balanceFen, long ledgerFen, long payableFen, boolean reconciled) {
    }

    public record DonationView(Long id, Long unionId, Long fundId, Donation.DonorKind donorKind, String donorName,
            Long enterpriseId, String drive, long amountFen, LocalDate receivedOn, String receiptNumber, LocalDate reversedOn,
            String reversalReason) {

        public static DonationView of(Donation d) {
            return new DonationView(d.id, d.unionId, d.fundId, d.donorKind, d.donorName, d.enterpriseId, d.drive, d.amountFen,
                    d.receivedOn, d.receiptNumber, d.reversedOn, d.reversalReason);
        }
    }

    public record CommendationView(Long id, Long unionId, String donorName, Donation.DonorKind donorKind, String title,
            LocalDate commendedOn, long donatedFen) {

        public static CommendationView of(Commendation c) {
            return new CommendationView(c.id, c.unionId, c.donorName, c.donorKind, c.title, c.commendedOn, c.donatedFen);
        }
    }

    public record MovementView(Long id, FundMovement.Kind kind, Long fromFundId, Long toFundId, long amountFen, LocalDate movedOn,
            String purpose) {

        public static MovementView of(FundMovement m) {
            return new MovementView(m.id, m.kind, m.fromFundId, m.toFundId, m.amountFen, m.movedOn, m.purpose);
        }
    }

    public record AllocationView(Long id, Long fundId, UnitAllocation.RecipientKind recipientKind, Long unionId, Long enterpriseId,
            long amountFen, LocalDate allocatedOn, String purpose) {

        public static AllocationView of(UnitAllocation a) {
            return new AllocationView(a.id, a.fundId, a.recipientKind, a.unionId, a.enterpriseId, a.amountFen, a.allocatedOn,
                    a.purpose);
        }
    }
}
