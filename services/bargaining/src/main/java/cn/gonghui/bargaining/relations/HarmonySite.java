package cn.gonghui.bargaining.relations;

import cn.gonghui.bargaining.instructor.InstructorLevel;
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

/** 和谐示范点: an enterprise designated a harmonious-labour-relations demonstration site, once per level. */
@Entity
@Table(name = "harmony_site")
public class HarmonySite extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "union_id", nullable = false)
    public Long unionId;

    @Column(name = "enterprise_id", nullable = false)
    public Long enterpriseId;

    /** Who designated it, with the levels instructors use (区级 DISTRICT; Beijing's 市级 PROVINCIAL). */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public InstructorLevel level;

    @Column(name = "designated_on", nullable = false)
    public LocalDate designatedOn;
}
