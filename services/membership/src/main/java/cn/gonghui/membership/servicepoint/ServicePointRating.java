package cn.gonghui.membership.servicepoint;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** 星级评定: stars given to a 职工之家 or 工会服务站 by a body, on a date, in a batch (首批 …). */
@Entity
@Table(name = "service_point_rating")
public class ServicePointRating extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "point_id", nullable = false)
    public Long pointId;

    @Column(nullable = false)
    public int stars;

    /** The rating body, e.g. 北京市总工会. */
    @Column(name = "rated_by", nullable = false)
    public String ratedBy;

    @Column(name = "rated_on", nullable = false)
    public LocalDate ratedOn;

    /** 批次, e.g. 首批. */
    public String batch;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
