package cn.gonghui.personaldata;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** 敏感信息查看记录: one unmasked read of personal data: who, what, why, when. */
@Entity
@Table(name = "personal_data_access")
public class PersonalDataAccess extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String actor;

    @Column(name = "actor_roles", nullable = false)
    public String actorRoles;

    @Column(name = "subject_type", nullable = false)
    public String subjectType;

    @Column(name = "subject_id", nullable = false)
    public String subjectId;

    @Column(nullable = false)
    public String fields;

    @Column(nullable = false)
    public String reason;

    /** GRANTED, or DENIED for an attempt without the permission. */
    @Column(nullable = false)
    public String outcome;

    @Column(name = "actor_union_id")
    public Long actorUnionId;

    @Column(name = "accessed_at", nullable = false)
    public OffsetDateTime accessedAt;
}
