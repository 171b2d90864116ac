package cn.gonghui.benefits.insurance;

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
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * 理赔: pushed by the insurer under its own claim id, SUBMITTED → APPROVED or REJECTED → PAID. Each change
 * is idempotent: the same status again changes nothing; a step back or sideways is a 409.
 */
@Entity
@Table(name = "claim")
public class Claim extends PanacheEntityBase {

    @Schema(name = "ClaimStatus")
    public enum Status {
        SUBMITTED,
        APPROVED,
        REJECTED,
        PAID
    }

    /** Where a claim's sealed health details belong. */
    public static final String DIAGNOSIS_CONTEXT = "claim.diagnosis";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "insurer_id", nullable = false)
    public String insurerId;

    @Column(name = "insurer_claim_id", nullable = false)
    public String insurerClaimId;

    @Column(name = "enrolment_id", nullable = false)
    public Long enrolmentId;

    @Column(name = "plan_id", nullable = false)
    public Long planId;

    @Column(name = "member_id", nullable = false)
    public Long memberId;

    @Column(name = "union_id", nullable = false)
    public Long unionId;

    @Column(name = "incident_on", nullable = false)
    public LocalDate incidentOn;

    @Column(name = "claimed_fen", nullable = false)
    public long claimedFen;

    @Column(name = "paid_fen")
    public Long paidFen;

    @Column(name = "diagnosis_sealed")
    public String diagnosisSealed;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "submitted_on", nullable = false)
    public LocalDate submittedOn;

    @Column(name = "decided_on")
    public LocalDate decidedOn;

    @Column(name = "paid_on")
    public LocalDate paidOn;

    @Version
    public long version;

    /** Moves to {@code to}; false when it is there already (nothing to do). */
    public boolean moveTo(Status to, Long paid, LocalDate today) {
        if (to == status) {
            if (to == Status.PAID && paid != null && !paid.equals(paidFen)) {
                throw ProblemException.conflict("paidFen", "claim " + insurerClaimId + " was paid " + paidFen + " fen, not " + paid);
            }
            return false;
        }
        boolean allowed = switch (to) {
            case APPROVED, REJECTED -> status == Status.SUBMITTED;
            case PAID -> status == Status.APPROVED;
            case SUBMITTED -> false;
        };
        if (!allowed) {
            throw ProblemException.invalidState("claim " + insurerClaimId + " is " + status + "; it cannot become " + to);
        }
        if (to == Status.PAID) {
            if (paid == null) {
                throw ProblemException.invalid("paidFen", "is required when the claim is paid");
            }
            paidFen = paid;
            paidOn = today;
        } else {
            decidedOn = today;
        }
        status = to;
        return true;
    }
}
