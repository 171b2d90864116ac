package cn.gonghui.benefits.childcare;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** 托管班需求: the classes (and children) a federation reported it needs for a summer; once per union and year. */
@Entity
@Table(name = "childcare_demand")
public class ChildcareDemand extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "union_id", nullable = false)
    public Long unionId;

    @Column(nullable = false)
    public int year;

    @Column(name = "classes_requested", nullable = false)
    public int classesRequested;

    @Column(nullable = false)
    public int children;

    @Column(name = "reported_on", nullable = false)
    public LocalDate reportedOn;
}
