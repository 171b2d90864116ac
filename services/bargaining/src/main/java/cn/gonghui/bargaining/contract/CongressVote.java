package cn.gonghui.bargaining.contract;

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
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 职代会 vote on a contract's draft (集体合同规定 Art 36); every vote is kept, whatever its outcome. */
@Entity
@Table(name = "congress_vote")
public class CongressVote extends PanacheEntityBase {

    @Schema(name = "CongressVoteOutcome")
    public enum Outcome {
        /** more than half of all representatives in favour, with a quorum */
        ADOPTED,
        /** a quorum, but not more than half of all representatives in favour: the draft goes back */
        REJECTED,
        /** fewer than two thirds present: the vote is void, the draft stays in negotiation */
        NO_QUORUM
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "contract_id", nullable = false)
    public Long contractId;

    @Column(name = "held_on", nullable = false)
    public LocalDate heldOn;

    @Column(nullable = false)
    public int representatives;

    @Column(nullable = false)
    public int present;

    @Column(name = "in_favour", nullable = false)
    public int inFavour;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Outcome outcome;
}
