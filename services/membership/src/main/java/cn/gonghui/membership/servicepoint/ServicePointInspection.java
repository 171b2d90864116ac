package cn.gonghui.membership.servicepoint;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** 验收 / 年检 / 规范化检查 of a service point, with its result. */
@Entity
@Table(name = "service_point_inspection")
public class ServicePointInspection extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "point_id", nullable = false)
    public Long pointId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public InspectionKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public InspectionResult result;

    @Column(name = "inspected_on", nullable = false)
    public LocalDate inspectedOn;

    /** Who inspected, e.g. 区总工会女职工部. */
    @Column(nullable = false)
    public String inspector;

    public String note;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
