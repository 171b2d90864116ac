package cn.gonghui.assistance.visit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** 走访慰问: a visit by a union to a hardship household, an enterprise, a model worker or frontline workers. */
@Entity
@Table(name = "visit")
public class Visit extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "union_id", nullable = false)
    public Long unionId;

    @Column(name = "campaign_id")
    public Long campaignId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public VisitTarget target;

    @Column(name = "file_id")
    public Long fileId;

    @Column(name = "enterprise_id")
    public Long enterpriseId;

    @Column(name = "member_id")
    public Long memberId;

    /** People met (the workers of an enterprise, the household's members …). */
    @Column(name = "people_reached", nullable = false)
    public int peopleReached;

    @Column(name = "visited_on", nullable = false)
    public LocalDate visitedOn;

    public String notes;
}
