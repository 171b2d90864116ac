package cn.gonghui.assistance.hardship;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** 帮扶线索: a member who may be in hardship (a large medical claim paid), for an officer to look into. */
@Entity
@Table(name = "hardship_lead")
public class HardshipLead extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "member_id", nullable = false)
    public Long memberId;

    @Column(name = "union_id", nullable = false)
    public Long unionId;

    /** The member's open hardship file, when there is one (it is flagged too). */
    @Column(name = "file_id")
    public Long fileId;

    @Column(nullable = false)
    public String reason;

    @Column(name = "amount_fen", nullable = false)
    public long amountFen;

    /** What raised it, e.g. {@code benefits:claims/9}. */
    @Column(nullable = false)
    public String source;

    @Column(name = "raised_on", nullable = false)
    public LocalDate raisedOn;
}
