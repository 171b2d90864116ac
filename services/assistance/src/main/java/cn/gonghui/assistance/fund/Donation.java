package cn.gonghui.assistance.fund;

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
import java.time.LocalDate;
import java.util.UUID;

/** 捐款: money a unit or a person gave into a fund, in a drive such as 春风行动, with its receipt number. */
@Entity
@Table(name = "donation")
public class Donation extends PanacheEntityBase {

    @Schema(name = "DonorKind")
    public enum DonorKind {
        UNIT,
        PERSON
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The union that collected it. */
    @Column(name = "union_id", nullable = false)
    public Long unionId;

    @Column(name = "fund_id", nullable = false)
    public Long fundId;

    @Enumerated(EnumType.STRING)
    @Column(name = "donor_kind", nullable = false)
    public DonorKind donorKind;

    @Column(name = "donor_name", nullable = false)
    public String donorName;

    /** The donor unit, when it is an enterprise the organisation knows. */
    @Column(name = "enterprise_id")
    public Long enterpriseId;

    /** 募捐活动, e.g. 春风行动 2026. */
    public String drive;

    @Column(name = "amount_fen", nullable = false)
    public long amountFen;

    @Column(name = "received_on", nullable = false)
    public LocalDate receivedOn;

    @Column(name = "receipt_number", nullable = false)
    public String receiptNumber;

    @Column(name = "posting_id", nullable = false)
    public UUID postingId;

    /** Set when the donation was reversed (recorded by mistake); it then counts nowhere. */
    @Column(name = "reversed_on")
    public LocalDate reversedOn;

    @Column(name = "reversal_reason")
    public String reversalReason;

    public void reverse(LocalDate on, String reason) {
        if (reversedOn != null) {
            throw cn.gonghui.problems.ProblemException.invalidState("donation " + id + " was already reversed on " + reversedOn);
        }
        if (on.isBefore(receivedOn)) {
            throw cn.gonghui.problems.ProblemException.invalid("on", "must not be before the donation was received (" + receivedOn + ")");
        }
        reversedOn = on;
        reversalReason = reason;
    }
}
