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

/** 拨入 (money from the union's budget into a fund) or 划转 (from one fund to another). */
@Entity
@Table(name = "fund_movement")
public class FundMovement extends PanacheEntityBase {

    @Schema(name = "FundMovementKind")
    public enum Kind {
        INCOME,
        TRANSFER
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(name = "from_fund_id")
    public Long fromFundId;

    @Column(name = "to_fund_id", nullable = false)
    public Long toFundId;

    @Column(name = "amount_fen", nullable = false)
    public long amountFen;

    @Column(name = "moved_on", nullable = false)
    public LocalDate movedOn;

    @Column(nullable = false)
    public String purpose;

    @Column(name = "posting_id", nullable = false)
    public UUID postingId;
}
