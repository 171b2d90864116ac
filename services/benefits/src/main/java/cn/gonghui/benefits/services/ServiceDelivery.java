package cn.gonghui.benefits.services;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One delivery of a purchased service (a group session, an outreach day) and the person-times 人次 it served. */
@Entity
@Table(name = "service_delivery")
public class ServiceDelivery extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "project_id", nullable = false)
    public Long projectId;

    @Column(name = "delivered_on", nullable = false)
    public LocalDate deliveredOn;

    @Column(name = "person_times", nullable = false)
    public int personTimes;

    @Column(nullable = false)
    public String description;
}
