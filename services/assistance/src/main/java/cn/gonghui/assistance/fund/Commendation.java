package cn.gonghui.assistance.fund;

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

/**
 * 表彰捐款先进单位: a union commends a donor. Only a donor with donations recorded in the union's subtree can
 * be commended; what it gave by then is kept beside the commendation.
 */
@Entity
@Table(name = "donor_commendation")
public class Commendation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "union_id", nullable = false)
    public Long unionId;

    @Column(name = "donor_name", nullable = false)
    public String donorName;

    @Enumerated(EnumType.STRING)
    @Column(name = "donor_kind", nullable = false)
    public Donation.DonorKind donorKind;

    @Column(nullable = false)
    public String title;

    @Column(name = "commended_on", nullable = false)
    public LocalDate commendedOn;

    /** What the donor had given in the union's subtree up to the commendation. */
    @Column(name = "donated_fen", nullable = false)
    public long donatedFen;
}
