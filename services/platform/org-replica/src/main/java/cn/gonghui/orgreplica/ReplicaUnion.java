package cn.gonghui.orgreplica;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/**
 * 工会组织 as this service knows it from membership's events. Written only by {@link OrgReplicaConsumer};
 * {@code path} ({@code /1/4/9/}) is derived from the parent's replica path, never taken from an event.
 *
 * <p>The JPA entity name is exactly {@code ReplicaUnion}, so a service lists its own rows under a subtree
 * with {@code SubtreeQuery.of(Contract.class, "ReplicaUnion", "unionId", prefix, page)}. A row whose union
 * the replica does not know yet is simply not in any subtree until that union arrives.
 */
@Entity(name = "ReplicaUnion")
@Table(name = "replica_union")
@Immutable
public class ReplicaUnion extends PanacheEntityBase {

    public enum Status {
        ACTIVE,
        /** 撤销 */
        DISSOLVED
    }

    /** Membership's union id. */
    @Id
    public Long id;

    /** 上级工会; null for a root 区总工会. */
    @Column(name = "parent_id")
    public Long parentId;

    @Column(nullable = false)
    public String path;

    @Column(nullable = false)
    public String name;

    /** Membership's UnionKind, as text (DISTRICT_FEDERATION, ENTERPRISE_UNION, ...). */
    @Column(nullable = false)
    public String kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "founded_on")
    public LocalDate foundedOn;

    @Column(name = "dissolved_on")
    public LocalDate dissolvedOn;

    public boolean active() {
        return status == Status.ACTIVE;
    }
}
