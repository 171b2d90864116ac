package cn.gonghui.bargaining.contract;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** 协商会议: one round of negotiation, its two sides and chief negotiators 首席代表, minutes and proposals. */
@Entity
@Table(name = "negotiation_round")
public class NegotiationRound extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "contract_id", nullable = false)
    public Long contractId;

    @Column(name = "round_no", nullable = false)
    public int roundNo;

    @Column(name = "held_on", nullable = false)
    public LocalDate heldOn;

    @Column(name = "union_negotiators", nullable = false)
    public int unionNegotiators;

    @Column(name = "employer_negotiators", nullable = false)
    public int employerNegotiators;

    @Column(name = "union_chief", nullable = false)
    public String unionChief;

    @Column(name = "employer_chief", nullable = false)
    public String employerChief;

    @Column(nullable = false)
    public String minutes;

    public String proposals;
}
