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

/** 隐患手机拍 (安康杯): a safety hazard a member photographed and reported, open until fixed or dismissed. */
@Entity
@Table(name = "hazard_report")
public class HazardReport extends PanacheEntityBase {

    @Schema(name = "HazardStatus")
    public enum Status {
        REPORTED, FIXED, DISMISSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "member_id", nullable = false)
    public Long memberId;

    /** The member's union when they reported it: the report counts in its subtree. */
    @Column(name = "union_id", nullable = false)
    public Long unionId;

    @Column(name = "enterprise_id")
    public Long enterpriseId;

    /** Where the photo is kept (the app's object store); the photo itself is not stored here. */
    @Column(name = "photo_ref", nullable = false)
    public String photoRef;

    @Column(nullable = false)
    public String description;

    @Column(name = "reported_on", nullable = false)
    public LocalDate reportedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "resolved_on")
    public LocalDate resolvedOn;

    public String resolution;

    @Version
    public long version;

    /** 整改完成 (fixed) or 不予采纳 (dismissed), once, not before the report, with what was done. */
    public void resolve(boolean fixed, LocalDate on, String note) {
        if (status != Status.REPORTED) {
            throw ProblemException.invalidState("hazard report " + id + " was already " + status + " on " + resolvedOn);
        }
        if (on.isBefore(reportedOn)) {
            throw ProblemException.invalid("resolvedOn", "must not be before the report (" + reportedOn + ")");
        }
        status = fixed ? Status.FIXED : Status.DISMISSED;
        resolvedOn = on;
        resolution = note;
    }
}
