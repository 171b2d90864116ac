package cn.gonghui.mediation.dispute;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** 履行: money the worker received against one term of a binding agreement (挽回经济损失). */
@Entity
@Table(name = "payment")
public class Payment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id", nullable = false)
    public Long caseId;

    @Column(name = "term_id", nullable = false)
    public Long termId;

    @Column(name = "amount_fen", nullable = false)
    public long amountFen;

    @Column(name = "paid_on", nullable = false)
    public LocalDate paidOn;

    public String reference;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
}
