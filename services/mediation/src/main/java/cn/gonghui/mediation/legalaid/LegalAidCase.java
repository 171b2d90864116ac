package cn.gonghui.mediation.legalaid;

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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 法律援助: a worker's case taken up by a volunteer lawyer, with the amount at stake (涉案金额) and the amount won (挽回). */
@Entity
@Table(name = "legal_aid_case")
public class LegalAidCase extends PanacheEntityBase {

    public static final String ID_NUMBER_CONTEXT = "legal_aid_case.id_number";

    @Schema(name = "LegalAidStatus")
    public enum Status {
        OPEN, CLOSED
    }

    @Schema(name = "LegalAidOutcome")
    public enum Outcome {
        /** 胜诉 */
        WON,
        /** 部分胜诉 */
        PARTLY_WON,
        /** 和解 */
        SETTLED,
        /** 败诉 */
        LOST,
        /** 撤回 */
        WITHDRAWN
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "union_id", nullable = false)
    public Long unionId;

    @Column(name = "person_id", nullable = false)
    public UUID personId;

    @Column(name = "member_id")
    public Long memberId;

    @Column(name = "applicant_name", nullable = false)
    public String applicantName;

    @Column(name = "id_number_sealed", nullable = false)
    public String idNumberSealed;

    @Column(name = "id_number_hash", nullable = false)
    public String idNumberHash;

    @Column(name = "id_number_masked", nullable = false)
    public String idNumberMasked;

    @Column(name = "workers_involved", nullable = false)
    public int workersInvolved;

    @Column(name = "lawyer_name", nullable = false)
    public String lawyerName;

    @Column(name = "law_firm")
    public String lawFirm;

    @Column(nullable = false)
    public String matter;

    @Column(name = "amount_at_stake_fen", nullable = false)
    public long amountAtStakeFen;

    @Column(name = "accepted_on", nullable = false)
    public LocalDate acceptedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Enumerated(EnumType.STRING)
    public Outcome outcome;

    @Column(name = "amount_won_fen")
    public Long amountWonFen;

    @Column(name = "closed_on")
    public LocalDate closedOn;

    @Version
    public long version;

    /** 结案 once, with the outcome and the amount won (0 when lost or withdrawn), not before it was accepted. */
    public void close(Outcome result, long wonFen, LocalDate on) {
        if (status != Status.OPEN) {
            throw ProblemException.invalidState("legal-aid case " + id + " was closed on " + closedOn);
        }
        if (on.isBefore(acceptedOn)) {
            throw ProblemException.invalid("closedOn", "must not be before the case was accepted (" + acceptedOn + ")");
        }
        if ((result == Outcome.LOST || result == Outcome.WITHDRAWN) && wonFen != 0) {
            throw ProblemException.invalid("amountWonFen", "must be 0 when the case was " + result);
        }
        status = Status.CLOSED;
        outcome = result;
        amountWonFen = wonFen;
        closedOn = on;
    }
}
