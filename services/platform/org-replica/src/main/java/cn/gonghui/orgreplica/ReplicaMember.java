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
 * 会员 as this service knows it from the Member* events: facts only, never a name, ID number or phone.
 * Written only by {@link OrgReplicaConsumer}.
 */
@Entity(name = "ReplicaMember")
@Table(name = "replica_member")
@Immutable
public class ReplicaMember extends PanacheEntityBase {

    public enum Status {
        ACTIVE,
        /** 退会 */
        LEFT
    }

    public enum Gender {
        MALE,
        FEMALE
    }

    /** Membership's member id. */
    @Id
    public Long id;

    /** The member's union (after a 转会, the receiving one); possibly one the replica does not know yet. */
    @Column(name = "union_id", nullable = false)
    public Long unionId;

    /** 工作单位; null when none is known. */
    @Column(name = "enterprise_id")
    public Long enterpriseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    /** 退休: a retired member stays a member. */
    @Column(nullable = false)
    public boolean retired;

    @Column(name = "retired_on")
    public LocalDate retiredOn;

    /** 入会日期; null when the replica never saw the MemberJoined. */
    @Column(name = "joined_on")
    public LocalDate joinedOn;

    @Column(name = "left_on")
    public LocalDate leftOn;

    /** 性别, derived by membership from the ID number; null when unknown. */
    @Enumerated(EnumType.STRING)
    public Gender gender;

    /** 出生年份; null when unknown. */
    @Column(name = "birth_year")
    public Integer birthYear;
}
