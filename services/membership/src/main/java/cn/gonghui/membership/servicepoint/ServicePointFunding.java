package cn.gonghui.membership.servicepoint;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** 经费拨付: money paid to a service point (建设经费, 设施投入, 补助), in fen, from a source, on a date. */
@Entity
@Table(name = "service_point_funding")
public class ServicePointFunding extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "point_id", nullable = false)
    public Long pointId;

    @Column(name = "amount_fen", nullable = false)
    public long amountFen;

    /** Who paid, e.g. 市总工会, 区总工会, 街道. */
    @Column(nullable = false)
    public String source;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FundingPurpose purpose;

    @Column(name = "paid_on", nullable = false)
    public LocalDate paidOn;

    public String note;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
