package cn.gonghui.mediation.supervision;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** 劳动法律监督检查: a union inspects an enterprise (jointly with the tripartite partners, or alone), with its findings. */
@Entity
@Table(name = "inspection")
public class Inspection extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "union_id", nullable = false)
    public Long unionId;

    @Column(name = "enterprise_id", nullable = false)
    public Long enterpriseId;

    @Column(name = "inspected_on", nullable = false)
    public LocalDate inspectedOn;

    /** 联合监督检查, with the human-resources bureau and the employers' side. */
    @Column(nullable = false)
    public boolean joint;

    @Column(name = "issues_found", nullable = false)
    public int issuesFound;

    @Column(nullable = false)
    public String findings;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
}
