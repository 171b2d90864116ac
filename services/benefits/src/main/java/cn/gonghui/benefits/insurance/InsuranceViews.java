package cn.gonghui.benefits.insurance;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** Plans, periods, enrolments, claims and the insurer API's answers as the API shows them. */
public final class InsuranceViews {

    private InsuranceViews() {
    }

    public record PlanView(Long id, String insurerId, Long unionId, String name, InsurancePlan.Kind kind, long premiumFen, boolean womenOnly) {

        public static PlanView of(InsurancePlan p) {
            return new PlanView(p.id, p.insurerId, p.unionId, p.name, p.kind, p.premiumFen, p.womenOnly);
        }
    }

    public record PeriodView(Long id, Long planId, LocalDate startsOn, LocalDate endsOn) {

        public static PeriodView of(CoverPeriod p) {
            return new PeriodView(p.id, p.planId, p.startsOn, p.endsOn);
        }
    }

    public record EnrolmentView(Long id, Long planId, Long periodId, Long memberId, Long unionId, Long enteredByUnionId,
            Enrolment.Status status, boolean leaving, OffsetDateTime enrolledAt, Long existingCoverRecordId) {

        public static EnrolmentView of(Enrolment e) {
            return new EnrolmentView(e.id, e.planId, e.periodId, e.memberId, e.unionId, e.enteredByUnionId, e.status, e.leaving, e.enrolledAt,
                    e.existingCoverRecordId);
        }
    }

    /** Who recorded existing cover for a period, when, why, and how many enrolments it added. */
    public record ExistingCoverRecordView(Long id, Long periodId, String recordedBy, Long recordedByUnionId, String reason, int members,
            OffsetDateTime recordedAt) {

        public static ExistingCoverRecordView of(ExistingCoverRecord r) {
            return new ExistingCoverRecordView(r.id, r.periodId, r.recordedBy, r.recordedByUnionId, r.reason, r.members, r.recordedAt);
        }
    }

    /** A member of the list: enrolled now, or found already enrolled in the period (a resend). */
    public record RecordedCover(int index, long memberId, long enrolmentId, boolean alreadyEnrolled) {
    }

    /** The answer to an existing-cover list: each member recorded (or already there) or rejected with the field and why. */
    public record ExistingCoverResult(ExistingCoverRecordView record, List<RecordedCover> recorded, List<Rejected> rejected) {
    }

    /** A claim; the diagnosis only as "sealed" unless unmasked (or the member's own). */
    public record ClaimView(Long id, String insurerClaimId, Long enrolmentId, Long planId, Long memberId, LocalDate incidentOn,
            long claimedFen, Long paidFen, Claim.Status status, LocalDate submittedOn, LocalDate decidedOn, LocalDate paidOn,
            String diagnosis) {

        public static ClaimView of(Claim c, String diagnosis) {
            return new ClaimView(c.id, c.insurerClaimId, c.enrolmentId, c.planId, c.memberId, c.incidentOn, c.claimedFen, c.paidFen,
                    c.status, c.submittedOn, c.decidedOn, c.paidOn, diagnosis);
        }
    }

    /** One entry of the change feed. */
    public record ChangeView(long position, Long enrolmentId, Long planId, Long periodId, Long memberId, String change,
            LocalDate effectiveOn, OffsetDateTime recordedAt) {
    }

    /** A page of the feed: the changes after {@code since}, and the cursor to ask with next. */
    public record FeedPage(List<ChangeView> changes, long nextCursor) {
    }

    public record Accepted(int index, String insurerClaimId, Long claimId, Claim.Status status, boolean alreadyReceived) {
    }

    public record Rejected(int index, String field, String problem) {
    }

    /** A batch's answer: each claim accepted (new or already received) or rejected with the field and why. */
    public record BatchResult(List<Accepted> accepted, List<Rejected> rejected) {
    }

    /** The endpoint; the secret is shown when it is made or rotated, and never again. */
    public record WebhookView(String url, String secret, OffsetDateTime previousSecretValidUntil) {
    }

    public record DeliveryView(Long id, String messageId, String eventType, OffsetDateTime createdAt, int attempts,
            OffsetDateTime nextAttemptAt, OffsetDateTime deliveredAt, OffsetDateTime failedAt, Integer lastStatus, String lastError) {

        public static DeliveryView of(WebhookDelivery d) {
            return new DeliveryView(d.id, d.messageId, d.eventType, d.createdAt, d.attempts, d.nextAttemptAt, d.deliveredAt, d.failedAt,
                    d.lastStatus, d.lastError);
        }
    }

    public record StatusTotals(Claim.Status status, long count, long amountFen) {
    }

    public record Difference(Claim.Status status, long ourCount, long theirCount, long ourAmountFen, long theirAmountFen) {
    }

    /** 对账: both sides' totals per status for claims submitted by asOf, and where they differ. */
    public record ReconciliationView(LocalDate asOf, List<StatusTotals> ours, List<StatusTotals> theirs, List<Difference> differences,
            boolean matches) {
    }

    /** What a member sees of their own cover. */
    public record MyCover(List<EnrolmentView> enrolments, List<ClaimView> claims) {
    }
}
