package cn.gonghui.assistance.fund;

import java.time.LocalDate;

/** Event: money was given into a fund (the donor's name stays in assistance). */
public record DonationReceived(long donationId, long fundId, long unionId, Donation.DonorKind donorKind, Long enterpriseId,
        String drive, long amountFen, LocalDate receivedOn) {
}
