package cn.gonghui.assistance.visit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** 劳模: a member's model-worker honour as membership's HonourConferred / HonourRevoked tell it. */
@Entity
@Table(name = "model_worker")
public class ModelWorker extends PanacheEntityBase {

    /** Membership's honour id. */
    @Id
    @Column(name = "honour_id")
    public Long honourId;

    @Column(name = "member_id", nullable = false)
    public Long memberId;

    @Column(name = "union_id", nullable = false)
    public Long unionId;

    @Column(nullable = false)
    public String kind;

    @Column(nullable = false)
    public String level;

    @Column(nullable = false)
    public int year;

    @Column(name = "conferred_on")
    public LocalDate conferredOn;

    @Column(name = "revoked_on")
    public LocalDate revokedOn;
}
