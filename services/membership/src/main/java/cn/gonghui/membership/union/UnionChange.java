package cn.gonghui.membership.union;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One dated change of a union: a rename (old and new name) or a legal-person change (old and new record). */
@Entity
@Table(name = "union_change")
public class UnionChange extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "union_id", nullable = false)
    public Long unionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public UnionChangeKind kind;

    @Column(name = "changed_on", nullable = false)
    public LocalDate changedOn;

    @Column(name = "old_value")
    public String oldValue;

    @Column(name = "new_value", nullable = false)
    public String newValue;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
