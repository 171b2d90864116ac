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

/**
 * 资金: a fund held by a union. Its balance is the sum of its ledger lines and changes only through
 * {@link Ledger#post}, which keeps it at zero or above under any concurrency.
 */
@Entity
@Table(name = "fund")
public class Fund extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "union_id", nullable = false)
    public Long unionId;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FundKind kind;

    /** What a donor-restricted fund may pay for. */
    public String restriction;

    /** Written by {@link Ledger} only (an atomic UPDATE), never by the entity. */
    @Column(name = "balance_fen", nullable = false, insertable = false, updatable = false)
    public long balanceFen;

    @Column(name = "opened_on", nullable = false)
    public LocalDate openedOn;

    /** Bumped by every posting, so an ETag changes with the balance. */
    @Column(nullable = false, insertable = false, updatable = false)
    public long version;
}
