package cn.gonghui.bargaining.inspection;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** 协商档案检查: an inspection of one enterprise's bargaining archive, with findings. */
@Entity
@Table(name = "archive_inspection")
public class ArchiveInspection extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The enterprise's union. */
    @Column(name = "union_id", nullable = false)
    public Long unionId;

    @Column(name = "enterprise_id", nullable = false)
    public Long enterpriseId;

    @Column(name = "inspected_on", nullable = false)
    public LocalDate inspectedOn;

    @Column(nullable = false)
    public boolean passed;

    @Column(nullable = false)
    public String findings;
}
