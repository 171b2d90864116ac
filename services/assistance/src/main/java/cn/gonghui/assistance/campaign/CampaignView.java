package cn.gonghui.assistance.campaign;

import java.time.LocalDate;

/** A campaign as the API shows it; remainingFen is the budget not yet committed to approved grants. */
public record CampaignView(Long id, Long unionId, String name, CampaignKind kind, HelpKind help, Eligibility eligibility,
        boolean womenOnly, Long fundId, long minAmountFen, long maxAmountFen, long budgetFen, long committedFen, long remainingFen,
        LocalDate opensOn, LocalDate closesOn, int noticeDays, long version) {

    public static CampaignView of(Campaign c) {
        return new CampaignView(c.id, c.unionId, c.name, c.kind, c.help, c.eligibility, c.womenOnly, c.fundId, c.minAmountFen,
                c.maxAmountFen, c.budgetFen, c.committedFen, c.budgetFen - c.committedFen, c.opensOn, c.closesOn, c.noticeDays,
                c.version);
    }
}
