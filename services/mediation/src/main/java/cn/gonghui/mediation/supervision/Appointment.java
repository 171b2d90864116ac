package cn.gonghui.mediation.supervision;

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
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 劳动法律监督员 or 三方机制协调员 of a union, in office from appointedOn until the day before endedOn. */
@Entity
@Table(name = "appointment")
public class Appointment extends PanacheEntityBase {

    @Schema(name = "AppointmentRole")
    public enum Role {
        /** 劳动法律监督员 */
        LABOUR_LAW_SUPERVISOR,
        /** 三方机制协调员 (per community: the union is the community's joint union) */
        TRIPARTITE_COORDINATOR
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "union_id", nullable = false)
    public Long unionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Role role;

    @Column(nullable = false)
    public String name;

    @Column(name = "appointed_on", nullable = false)
    public LocalDate appointedOn;

    @Column(name = "ended_on")
    public LocalDate endedOn;

    @Version
    public long version;

    /** In office on {@code date}: appointed by then and not yet ended. */
    public boolean inOffice(LocalDate date) {
        return !appointedOn.isAfter(date) && (endedOn == null || endedOn.isAfter(date));
    }

    /** 离任 on {@code on}, after the appointment day; once. */
    public void end(LocalDate on) {
        if (endedOn != null) {
            throw ProblemException.invalidState("appointment " + id + " ended on " + endedOn);
        }
        if (!on.isAfter(appointedOn)) {
            throw ProblemException.invalid("endedOn", "must be after the appointment (" + appointedOn + ")");
        }
        endedOn = on;
    }
}
