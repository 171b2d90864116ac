package cn.gonghui.assistance.grant;

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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** 公示异议: raised while a grant is on notice; upheld (the grant is cancelled) or dismissed. */
@Entity
@Table(name = "grant_objection")
public class Objection extends PanacheEntityBase {

    @Schema(name = "ObjectionStatus")
    public enum Status {
        OPEN,
        UPHELD,
        DISMISSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "grant_id", nullable = false)
    public Long grantId;

    @Column(name = "raised_on", nullable = false)
    public LocalDate raisedOn;

    @Column(nullable = false)
    public String statement;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "resolved_on")
    public LocalDate resolvedOn;

    public String resolution;

    @Version
    public long version;

    public void resolve(boolean upheld, LocalDate on, String why) {
        if (status != Status.OPEN) {
            throw ProblemException.invalidState("objection " + id + " was already " + status);
        }
        status = upheld ? Status.UPHELD : Status.DISMISSED;
        resolvedOn = on;
        resolution = why;
    }
}
