package cn.gonghui.assistance.grant;

import java.time.LocalDate;

/** A grant as the API shows it (the ID number masked). */
public record GrantView(Long id, Long campaignId, Long unionId, Long fileId, Long memberId, String name, String idNumber,
        String gender, boolean migrant, RecipientCategory category, long amountFen, String inKind, String reason,
        Grant.Channel channel, GrantStatus status, LocalDate submittedOn, LocalDate verifiedOn, String verification,
        LocalDate approvedOn, String decisionRef, LocalDate noticeEndsOn, LocalDate disbursedOn, String paymentReference,
        LocalDate closedOn, String closeReason, long version) {

    public static GrantView of(Grant g) {
        return new GrantView(g.id, g.campaignId, g.unionId, g.fileId, g.memberId, g.name, g.idNumberMasked, g.gender, g.migrant,
                g.category, g.amountFen, g.inKind, g.reason, g.channel, g.status, g.submittedOn, g.verifiedOn, g.verification,
                g.approvedOn, g.decisionRef, g.noticeEndsOn, g.disbursedOn, g.paymentReference, g.closedOn, g.closeReason, g.version);
    }

    /** An objection as the API shows it. */
    public record ObjectionView(Long id, Long grantId, LocalDate raisedOn, String statement, Objection.Status status,
            LocalDate resolvedOn, String resolution) {

        public static ObjectionView of(Objection o) {
            return new ObjectionView(o.id, o.grantId, o.raisedOn, o.statement, o.status, o.resolvedOn, o.resolution);
        }
    }
}
