package cn.gonghui.benefits.insurance;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 互助保障计划: what an insurer (its partnerId) covers for the members of a union's subtree, at a premium per member. */
@Entity
@Table(name = "insurance_plan")
public class InsurancePlan extends PanacheEntityBase {

    @Schema(name = "InsurancePlanKind", description = "住院医疗, 女工特疾, 意外伤害, 火灾, 医疗互助, other")
    public enum Kind {
        INPATIENT_MEDICAL,
        WOMEN_SPECIAL_ILLNESS,
        ACCIDENT,
        FIRE,
        MEDICAL_MUTUAL_AID,
        OTHER
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "insurer_id", nullable = false)
    public String insurerId;

    @Column(name = "union_id", nullable = false)
    public Long unionId;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(name = "premium_fen", nullable = false)
    public long premiumFen;

    @Column(name = "women_only", nullable = false)
    public boolean womenOnly;
}
