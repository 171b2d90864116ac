package cn.gonghui.bargaining.relations;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** 和谐指数抽样: an enterprise sampled for the harmony-index survey of a year, its data reported and collected on completedOn. */
@Entity
@Table(name = "harmony_sample")
public class HarmonySample extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "union_id", nullable = false)
    public Long unionId;

    @Column(name = "enterprise_id", nullable = false)
    public Long enterpriseId;

    @Column(nullable = false)
    public int year;

    @Column(name = "completed_on", nullable = false)
    public LocalDate completedOn;
}
