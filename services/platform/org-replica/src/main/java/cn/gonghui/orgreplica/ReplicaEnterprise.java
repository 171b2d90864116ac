package cn.gonghui.orgreplica;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** 企业 as this service knows it from EnterpriseRegistered / EnterpriseUpdated. Written only by {@link OrgReplicaConsumer}. */
@Entity(name = "ReplicaEnterprise")
@Table(name = "replica_enterprise")
@Immutable
public class ReplicaEnterprise extends PanacheEntityBase {

    /** Membership's enterprise id. */
    @Id
    public Long id;

    /** 统一社会信用代码 */
    @Column(name = "credit_code", nullable = false)
    public String creditCode;

    @Column(nullable = false)
    public String name;

    /** 行政区划代码 */
    @Column(name = "district_code")
    public String districtCode;

    /** 职工人数 */
    public Integer headcount;

    /** 所有制: STATE, COLLECTIVE or NON_PUBLIC, as text. */
    public String ownership;

    /** The union the enterprise sits under; possibly one the replica does not know yet. */
    @Column(name = "union_id", nullable = false)
    public Long unionId;

    /** 覆盖: its union was a grassroots union when the event was made. */
    @Column(nullable = false)
    public boolean covered;
}
