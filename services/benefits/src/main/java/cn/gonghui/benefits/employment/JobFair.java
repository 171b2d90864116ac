package cn.gonghui.benefits.employment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** 招聘会 (春送岗位): held by a union on a day, with the employers, positions, visitors and on-site hiring intentions 签约意向. */
@Entity
@Table(name = "job_fair")
public class JobFair extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "union_id", nullable = false)
    public Long unionId;

    @Column(nullable = false)
    public String title;

    @Column(name = "held_on", nullable = false)
    public LocalDate heldOn;

    @Column(nullable = false)
    public int employers;

    @Column(nullable = false)
    public int positions;

    @Column(nullable = false)
    public int visitors;

    @Column(nullable = false)
    public int intentions;
}
