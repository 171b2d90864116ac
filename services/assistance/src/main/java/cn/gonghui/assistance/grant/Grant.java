package cn.gonghui.assistance.grant;

import cn.gonghui.problems.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * 帮扶: one person's application in one campaign, through check, approval, public notice and payment.
 * The rules of each step live here; the money moves in {@link GrantService}.
 */
@Entity(name = "Grant")
@Table(name = "grant_application")
public class Grant extends PanacheEntityBase {

    @Schema(name = "GrantChannel")
    public enum Channel {
        /** applied from the member's phone */
        MEMBER_APP,
        /** entered by an officer for the worker */
        OFFICER
    }

    static final Set<GrantStatus> LIVE = Set.of(GrantStatus.SUBMITTED, GrantStatus.VERIFIED, GrantStatus.APPROVED, GrantStatus.DISBURSED);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "campaign_id", nullable = false)
    public Long campaignId;

    /** The union the person belongs to (or is helped through). */
    @Column(name = "union_id", nullable = false)
    public Long unionId;

    @Column(name = "person_id", nullable = false)
    public UUID personId;

    @Column(name = "file_id")
    public Long fileId;

    @Column(name = "member_id")
    public Long memberId;

    @Column(nullable = false)
    public String name;

    @Column(name = "id_number_masked", nullable = false)
    public String idNumberMasked;

    @Column(nullable = false)
    public String gender;

    @Column(nullable = false)
    public boolean migrant;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RecipientCategory category;

    /** The household the grant helps: {@code file:<id>} for a hardship household, else {@code person:<personId>}. */
    @Column(name = "household_key", nullable = false)
    public String householdKey;

    /** Cash paid, or the value of the goods or service given in kind, in fen. */
    @Column(name = "amount_fen", nullable = false)
    public long amountFen;

    /** What was given, for help in kind (慰问品, 两癌筛查). */
    @Column(name = "in_kind")
    public String inKind;

    @Column(nullable = false)
    public String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public GrantStatus status;

    @Column(name = "submitted_on", nullable = false)
    public LocalDate submittedOn;

    @Column(name = "verified_on")
    public LocalDate verifiedOn;

    public String verification;

    @Column(name = "approved_on")
    public LocalDate approvedOn;

    /** 审批 decision: the committee meeting or document that approved it. */
    @Column(name = "decision_ref")
    public String decisionRef;

    @Column(name = "notice_ends_on")
    public LocalDate noticeEndsOn;

    @Column(name = "disbursed_on")
    public LocalDate disbursedOn;

    @Column(name = "payment_reference")
    public String paymentReference;

    @Column(name = "closed_on")
    public LocalDate closedOn;

    @Column(name = "close_reason")
    public String closeReason;

    @Version
    public long version;

    public boolean live() {
        return LIVE.contains(status);
    }

    /** 核查: the check (a home visit for a hardship household) confirms the application. */
    public void verify(LocalDate on, String findings) {
        require(GrantStatus.SUBMITTED, "verified");
        verifiedOn = on;
        verification = findings;
        status = GrantStatus.VERIFIED;
    }

    /** 审批: approved by the committee; public notice runs through {@code noticeEnds}. */
    public void approve(LocalDate on, String decision, LocalDate noticeEnds) {
        require(GrantStatus.VERIFIED, "approved");
        approvedOn = on;
        decisionRef = decision;
        noticeEndsOn = noticeEnds;
        status = GrantStatus.APPROVED;
    }

    /** 不予批准: turned down at the check or by the committee. */
    public void reject(LocalDate on, String reason) {
        if (status != GrantStatus.SUBMITTED && status != GrantStatus.VERIFIED) {
            throw ProblemException.invalidState("grant " + id + " is " + status + "; only a SUBMITTED or VERIFIED application can be rejected");
        }
        close(GrantStatus.REJECTED, on, reason);
    }

    /** 撤回 by the applicant (or the officer for them) before approval. */
    public void withdraw(LocalDate on, String reason) {
        if (status != GrantStatus.SUBMITTED && status != GrantStatus.VERIFIED) {
            throw ProblemException.invalidState("grant " + id + " is " + status + "; only an application not yet approved can be withdrawn");
        }
        close(GrantStatus.WITHDRAWN, on, reason);
    }

    /** An objection during public notice was upheld: the approval is undone. */
    public void cancel(LocalDate on, String reason) {
        require(GrantStatus.APPROVED, "cancelled");
        close(GrantStatus.CANCELLED, on, reason);
    }

    /**
     * Objections are taken from the approval day through the last day of notice; a campaign without
     * notice (0 days, for emergencies) takes none.
     */
    public boolean onNotice(LocalDate today) {
        return status == GrantStatus.APPROVED && noticeEndsOn.isAfter(approvedOn) && !today.isAfter(noticeEndsOn);
    }

    /** Payable from the day after notice ends, or at once when there was no notice. */
    public boolean payableOn(LocalDate today) {
        return status == GrantStatus.APPROVED && (today.isAfter(noticeEndsOn) || noticeEndsOn.equals(approvedOn));
    }

    /** 发放, exactly once: the payment reference is what the bank or cashier gave. */
    public void disburse(LocalDate today, String reference, boolean objectionsOpen) {
        require(GrantStatus.APPROVED, "disbursed");
        if (!payableOn(today)) {
            throw ProblemException.invalidState("grant " + id + " is on public notice until " + noticeEndsOn + "; it can be paid from "
                    + noticeEndsOn.plusDays(1));
        }
        if (objectionsOpen) {
            throw ProblemException.invalidState("grant " + id + " has an objection not yet resolved");
        }
        disbursedOn = today;
        paymentReference = reference;
        status = GrantStatus.DISBURSED;
    }

    private void close(GrantStatus to, LocalDate on, String reason) {
        status = to;
        closedOn = on;
        closeReason = reason;
    }

    private void require(GrantStatus expected, String verb) {
        if (status != expected) {
            throw ProblemException.invalidState("grant " + id + " is " + status + "; only a " + expected + " grant can be " + verb);
        }
    }
}
