package cn.gonghui.bargaining.contract;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** 审查意见: the labour administration's answer to a filed contract, kept after an objection sends it back. */
@Entity
@Table(name = "contract_review")
public class ContractReview extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "contract_id", nullable = false)
    public Long contractId;

    @Column(name = "reviewed_on", nullable = false)
    public LocalDate reviewedOn;

    /** APPROVED or OBJECTION. */
    @Column(nullable = false)
    public String outcome;

    public String notes;
}
