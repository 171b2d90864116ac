package cn.gonghui.mediation.dispute;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** 协议条款: what the respondent pays against one claim, by a date; several terms of one claim are instalments. */
@Entity
@Table(name = "agreement_term")
public class AgreementTerm extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id", nullable = false)
    public Long caseId;

    @Column(name = "claim_id", nullable = false)
    public Long claimId;

    @Column(name = "amount_fen", nullable = false)
    public long amountFen;

    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;
}
