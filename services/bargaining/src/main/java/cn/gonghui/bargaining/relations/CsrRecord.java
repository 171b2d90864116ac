package cn.gonghui.bargaining.relations;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** 企业社会责任建设 of one enterprise: when it joined, its grade (A/B/C) and when graded, its last re-review 复核. */
@Entity
@Table(name = "csr_record")
public class CsrRecord extends PanacheEntityBase {

    @Id
    @Column(name = "enterprise_id")
    public Long enterpriseId;

    @Column(name = "union_id", nullable = false)
    public Long unionId;

    @Column(name = "joined_on", nullable = false)
    public LocalDate joinedOn;

    public String grade;

    @Column(name = "graded_on")
    public LocalDate gradedOn;

    @Column(name = "reviewed_on")
    public LocalDate reviewedOn;

    @Version
    public long version;
}
