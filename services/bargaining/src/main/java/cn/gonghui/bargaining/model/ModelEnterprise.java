package cn.gonghui.bargaining.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** 典型示范企业: an enterprise that met the bargaining model standard in a year; once per enterprise and year. */
@Entity
@Table(name = "model_enterprise")
public class ModelEnterprise extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "union_id", nullable = false)
    public Long unionId;

    @Column(name = "enterprise_id", nullable = false)
    public Long enterpriseId;

    @Column(nullable = false)
    public int year;

    @Column(name = "recognised_on", nullable = false)
    public LocalDate recognisedOn;

    public String notes;
}
