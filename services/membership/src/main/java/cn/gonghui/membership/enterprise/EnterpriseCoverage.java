package cn.gonghui.membership.enterprise;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * One span of an enterprise's history: the union it was under from {@code fromOn} up to the day before {@code toOn}
 * (open while {@code toOn} is null). Covered (建会) on a day when that union is a grassroots union.
 */
@Entity
@Table(name = "enterprise_coverage")
public class EnterpriseCoverage extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "enterprise_id", nullable = false)
    public Long enterpriseId;

    @Column(name = "union_id", nullable = false)
    public Long unionId;

    @Column(name = "from_on", nullable = false)
    public LocalDate fromOn;

    @Column(name = "to_on")
    public LocalDate toOn;

    static EnterpriseCoverage open(long enterpriseId, long unionId, LocalDate from) {
        EnterpriseCoverage c = new EnterpriseCoverage();
        c.enterpriseId = enterpriseId;
        c.unionId = unionId;
        c.fromOn = from;
        return c;
    }
}
