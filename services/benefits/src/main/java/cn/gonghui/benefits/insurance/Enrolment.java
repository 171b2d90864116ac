package cn.gonghui.benefits.insurance;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * 参保: a member covered by a plan in a period, entered by their own unit or by a union above it (代录) before
 * the period starts, or recorded as cover already held when the federation moved onto Gonghui.
 */
@Entity
@Table(name = "enrolment")
public class Enrolment extends PanacheEntityBase {

    @Schema(name = "EnrolmentStatus")
    public enum Status {
        ENROLLED,
        /** taken off the list before the period started */
        WITHDRAWN
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "period_id", nullable = false)
    public Long periodId;

    @Column(name = "plan_id", nullable = false)
    public Long planId;

    @Column(name = "member_id", nullable = false)
    public Long memberId;

    /** The member's union (their unit). */
    @Column(name = "union_id", nullable = false)
    public Long unionId;

    /** The union that entered it: the member's own, or one above it on the units' behalf (代录). */
    @Column(name = "entered_by_union_id", nullable = false)
    public Long enteredByUnionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    /** The member left (退会): cover runs to the period's end and is not renewed. */
    @Column(nullable = false)
    public boolean leaving;

    @Column(name = "enrolled_at", nullable = false)
    public OffsetDateTime enrolledAt;

    /** Set when the enrolment records cover the member already held on the insurer's list (既有保障登记). */
    @Column(name = "existing_cover_record_id")
    public Long existingCoverRecordId;

    @Version
    public long version;
}
