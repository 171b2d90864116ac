package cn.gonghui.benefits.skills;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 职工素质: a member's skill-grade upgrade 提升技术等级, technician title 技师/高级技师, or certificate, on a date. */
@Entity
@Table(name = "qualification")
public class Qualification extends PanacheEntityBase {

    @Schema(name = "QualificationKind")
    public enum Kind {
        GRADE_UPGRADE,
        TECHNICIAN,
        SENIOR_TECHNICIAN,
        CERTIFICATE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "member_id", nullable = false)
    public Long memberId;

    @Column(name = "union_id", nullable = false)
    public Long unionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    /** e.g. 电工 二级/技师, 茶艺师 四级 */
    @Column(nullable = false)
    public String title;

    @Column(name = "obtained_on", nullable = false)
    public LocalDate obtainedOn;
}
