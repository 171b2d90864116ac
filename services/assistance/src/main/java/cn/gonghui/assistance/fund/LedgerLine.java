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
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** One line of a posting. The database refuses changes and deletions, and postings that do not sum to zero. */
@Entity
@Table(name = "ledger_line")
@Immutable
public class LedgerLine extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "posting_id", nullable = false)
    public UUID postingId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PostingKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Account account;

    @Column(name = "fund_id", nullable = false)
    public Long fundId;

    /** Positive into the account, negative out of it. */
    @Column(name = "amount_fen", nullable = false)
    public long amountFen;

    @Column(name = "posted_on", nullable = false)
    public LocalDate postedOn;

    /** What the posting is for: {@code donations/7}, {@code grants/12}, {@code allocations/3} … */
    @Column(nullable = false)
    public String reference;
}
