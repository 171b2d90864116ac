package cn.gonghui.benefits.activity;

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

/** 报名: a member's place, or place on the waitlist, in an activity. */
@Entity
@Table(name = "signup")
public class Signup extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "activity_id", nullable = false)
    public Long activityId;

    @Column(name = "member_id", nullable = false)
    public Long memberId;

    /** The member's union when they signed up. */
    @Column(name = "union_id", nullable = false)
    public Long unionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SignupStatus status;

    @Column(name = "signed_up_at", nullable = false)
    public OffsetDateTime signedUpAt;

    @Version
    public long version;
}
