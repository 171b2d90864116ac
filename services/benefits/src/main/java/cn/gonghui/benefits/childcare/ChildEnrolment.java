package cn.gonghui.benefits.childcare;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A member's child in a childcare class or a children's camp; only the birth year is kept, never a name. */
@Entity
@Table(name = "child_enrolment")
public class ChildEnrolment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "activity_id", nullable = false)
    public Long activityId;

    @Column(name = "member_id", nullable = false)
    public Long memberId;

    @Column(name = "union_id", nullable = false)
    public Long unionId;

    @Column(name = "birth_year", nullable = false)
    public int birthYear;

    /** 外来务工人员子女 (小候鸟). */
    @Column(nullable = false)
    public boolean migrant;

    @Column(name = "enrolled_at", nullable = false)
    public OffsetDateTime enrolledAt;

    @Column(nullable = false)
    public boolean cancelled;
}
