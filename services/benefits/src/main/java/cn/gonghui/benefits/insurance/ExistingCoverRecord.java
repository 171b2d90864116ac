package cn.gonghui.benefits.insurance;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * 既有保障登记: cover members already held when their federation moved onto Gonghui in the middle of a
 * period, recorded from the insurer's list by an officer of the plan's union, who says why.
 */
@Entity
@Table(name = "existing_cover_record")
public class ExistingCoverRecord extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "period_id", nullable = false)
    public Long periodId;

    /** The token's subject. */
    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_by_union_id")
    public Long recordedByUnionId;

    @Column(nullable = false)
    public String reason;

    /** Enrolments this recording added (members already enrolled are not counted again). */
    @Column(nullable = false)
    public int members;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;
}
