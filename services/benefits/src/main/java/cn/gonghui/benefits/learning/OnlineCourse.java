package cn.gonghui.benefits.learning;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** 线上学习: an online course a union offers; members enrol from their phones. */
@Entity
@Table(name = "online_course")
public class OnlineCourse extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "union_id", nullable = false)
    public Long unionId;

    @Column(nullable = false)
    public String title;

    @Column(name = "opens_on", nullable = false)
    public LocalDate opensOn;
}
