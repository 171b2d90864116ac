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

/** 下拨: money from a fund to a grassroots union (e.g. for its epidemic work) or to a small enterprise (复工复产). */
@Entity
@Table(name = "unit_allocation")
public class UnitAllocation extends PanacheEntityBase {

    @Schema(name = "AllocationRecipientKind")
    public enum RecipientKind {
        UNION,
        ENTERPRISE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "fund_id", nullable = false)
    public Long fundId;

    /** The receiving union, or the union of the receiving enterprise. */
    @Column(name = "union_id", nullable = false)
    public Long unionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_kind", nullable = false)
    public RecipientKind recipientKind;

    @Column(name = "enterprise_id")
    public Long enterpriseId;

    @Column(name = "amount_fen", nullable = false)
    public long amountFen;

    @Column(name = "allocated_on", nullable = false)
    public LocalDate allocatedOn;

    @Column(nullable = false)
    public String purpose;

    @Column(name = "posting_id", nullable = false)
    public UUID postingId;
}
