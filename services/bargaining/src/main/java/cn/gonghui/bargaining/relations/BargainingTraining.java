package cn.gonghui.bargaining.relations;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** 集体协商专题培训: a training session held by a union, with the union chairs 工会主席 and others who attended. */
@Entity
@Table(name = "bargaining_training")
public class BargainingTraining extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "union_id", nullable = false)
    public Long unionId;

    @Column(name = "held_on", nullable = false)
    public LocalDate heldOn;

    @Column(nullable = false)
    public String topic;

    @Column(name = "chairs_attending", nullable = false)
    public int chairsAttending;

    @Column(name = "others_attending", nullable = false)
    public int othersAttending;
}
