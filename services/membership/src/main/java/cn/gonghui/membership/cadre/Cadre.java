package cn.gonghui.membership.cadre;

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
 * 工会干部/工作者: one person's role in one union, full-time (专职) or part-time (兼职), from a date until a date.
 * A person in two roles has two records.
 */
@Entity
@Table(name = "cadre")
public class Cadre extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "union_id", nullable = false)
    public Long unionId;

    @Column(nullable = false)
    public String name;

    /** The member, when the cadre is one. */
    @Column(name = "member_id")
    public Long memberId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CadreRole role;

    /** 专职 (true) or 兼职 (false). */
    @Column(name = "full_time", nullable = false)
    public boolean fullTime;

    @Column(name = "from_on", nullable = false)
    public LocalDate fromOn;

    @Column(name = "to_on")
    public LocalDate toOn;

    @Version
    public long version;

    /** 离任: on {@code on}, not before the role began; once. */
    public void end(LocalDate on) {
        if (toOn != null) {
            throw ProblemException.invalidState("cadre " + id + " already left the role on " + toOn);
        }
        if (on.isBefore(fromOn)) {
            throw ProblemException.invalid("on", "must not be before fromOn (" + fromOn + ")");
        }
        toOn = on;
    }
}
