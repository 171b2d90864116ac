package cn.gonghui.membership.area;

import cn.gonghui.problems.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/**
 * 区域: a park, community, key office building or 自然片 in a federation's territory, and the union that covers it
 * (建会覆盖) from a date. The reports' 全覆盖 is covered areas ÷ areas, per kind.
 */
@Entity
@Table(name = "area")
public class Area extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AreaKind kind;

    @Column(nullable = false)
    public String name;

    /** The union whose territory the area lies in (a street federation, usually); decides who sees it. */
    @Column(name = "union_id", nullable = false)
    public Long unionId;

    /** The union that covers the area (楼宇工会, 社区联合工会 …), when one does. */
    @Column(name = "covered_by_union_id")
    public Long coveredByUnionId;

    /** Since when {@code coveredByUnionId} covers it. */
    @Column(name = "covered_on")
    public LocalDate coveredOn;

    @Version
    public long version;

    /** Covered by {@code union} from {@code on}; a union covering the area already is replaced. */
    public void coverBy(long union, LocalDate on) {
        if (coveredByUnionId != null && coveredByUnionId == union) {
            throw ProblemException.invalidState("area " + id + " is already covered by union " + union);
        }
        coveredByUnionId = union;
        coveredOn = on;
    }
}
