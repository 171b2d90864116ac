package cn.gonghui.mediation.dispute;

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

/** 请求事项: one thing the applicant claims, with the amount claimed (涉及金额) in fen. */
@Entity
@Table(name = "claim")
public class Claim extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id", nullable = false)
    public Long caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ClaimCategory category;

    @Column(name = "claimed_fen", nullable = false)
    public long claimedFen;

    public String description;

    /** The last day to apply for arbitration, set at referral; null while it does not run (wages, still employed). */
    @Column(name = "limitation_on")
    public LocalDate limitationOn;
}
