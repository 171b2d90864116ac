package cn.gonghui.bargaining.inspection;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** 三方联合督导: a joint inspection of a union and its enterprises with the labour bureau and the employers' side. */
@Entity
@Table(name = "tripartite_inspection")
public class TripartiteInspection extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The union inspected (usually a second-level union 二级工会). */
    @Column(name = "union_id", nullable = false)
    public Long unionId;

    @Column(name = "inspected_on", nullable = false)
    public LocalDate inspectedOn;

    /** Who took part besides the union (区人社局, 企业联合会 …). */
    @Column(nullable = false)
    public String partners;

    @Column(nullable = false)
    public String findings;
}
