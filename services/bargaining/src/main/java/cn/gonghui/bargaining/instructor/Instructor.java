package cn.gonghui.bargaining.instructor;

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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** 协商指导员: a bargaining instructor appointed by a union, in office from appointedOn through leftOn. */
@Entity
@Table(name = "instructor")
public class Instructor extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "union_id", nullable = false)
    public Long unionId;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public InstructorLevel level;

    @Column(name = "appointed_on", nullable = false)
    public LocalDate appointedOn;

    @Column(name = "left_on")
    public LocalDate leftOn;

    /** The enterprises the instructor guides. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "enterprise_ids", nullable = false)
    public Long[] enterpriseIds = new Long[0];

    @Version
    public long version;

    /** In office on {@code date}: appointed on or before it, not left before it. */
    public boolean inOffice(LocalDate date) {
        return !appointedOn.isAfter(date) && (leftOn == null || !leftOn.isBefore(date));
    }

    /** Leaves office on {@code on} (the last day in office), once, not before the appointment. */
    public void leave(LocalDate on) {
        if (leftOn != null) {
            throw ProblemException.invalidState("instructor " + id + " left office on " + leftOn);
        }
        if (on.isBefore(appointedOn)) {
            throw ProblemException.invalid("leftOn", "must not be before the appointment (" + appointedOn + ")");
        }
        leftOn = on;
    }
}
