package cn.gonghui.benefits.employment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** 就业岗位信息: a posting a union published for an employer. */
@Entity
@Table(name = "job_posting")
public class JobPosting extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "union_id", nullable = false)
    public Long unionId;

    @Column(nullable = false)
    public String employer;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public int positions;

    @Column(name = "published_on", nullable = false)
    public LocalDate publishedOn;
}
