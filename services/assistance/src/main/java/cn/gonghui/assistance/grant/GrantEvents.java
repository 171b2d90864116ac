package cn.gonghui.assistance.grant;

import cn.gonghui.assistance.campaign.CampaignKind;
import java.time.LocalDate;

/** Events about grants: ids, money and dates, never a name or an ID number. */
public final class GrantEvents {

    private GrantEvents() {
    }

    public record GrantApproved(long grantId, long campaignId, CampaignKind campaignKind, Long fundId, long unionId, Long memberId,
            long amountFen, LocalDate approvedOn, LocalDate noticeEndsOn) {
    }

    public record GrantDisbursed(long grantId, long campaignId, CampaignKind campaignKind, Long fundId, long unionId, Long memberId,
            long amountFen, LocalDate disbursedOn) {
    }
}
