package cn.gonghui.membership.servicepoint;

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
import cn.gonghui.problems.ProblemException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * 服务阵地: a 职工之家, 暖心驿站, 心灵驿站, 母婴关爱室, 工会服务站, 职工书屋 … run by a union, found on a map by members,
 * and counted by the reports as a programme: planned, built, opened (建成) on a date, suspended, closed.
 */
@Entity
@Table(name = "service_point")
public class ServicePoint extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ServicePointKind kind;

    @Column(nullable = false)
    public String name;

    /** The union that runs the point. */
    @Column(name = "union_id", nullable = false)
    public Long unionId;

    @Column(nullable = false)
    public String address;

    /** Free text, e.g. 周一至周五 9:00-18:00. */
    @Column(name = "opening_hours")
    public String openingHours;

    /** 设施: e.g. 饮水, 微波炉, 充电, 休息座椅; a JSON array. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<String> amenities = new ArrayList<>();

    /** 星级 1-5, only for a 职工之家. */
    public Integer stars;

    /** WGS-84 degrees. */
    @Column(nullable = false)
    public double latitude;

    /** WGS-84 degrees. */
    @Column(nullable = false)
    public double longitude;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ServicePointStatus status = ServicePointStatus.OPEN;

    /** 建成/开放日期; null for points registered before the date was kept (they count in every stock). */
    @Column(name = "opened_on")
    public LocalDate openedOn;

    @Column(name = "closed_on")
    public LocalDate closedOn;

    /** 会站合一: a service station run together with the union's own office. */
    @Column(name = "combined_with_union", nullable = false)
    public boolean combinedWithUnion;

    /** 流动/集装箱式: a mobile (container) station. */
    @Column(nullable = false)
    public boolean mobile;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ServicePointHost host = ServicePointHost.UNION;

    /** For a 职工书屋: the level it is recognised at. */
    @Enumerated(EnumType.STRING)
    @Column(name = "recognition_level")
    public RecognitionLevel recognitionLevel;

    @Version
    public long version;

    /** The status a point is registered with: PLANNED or BUILDING (no opening date yet), or OPEN since {@code openedOn}. */
    public void register(ServicePointStatus initial, LocalDate openedOn, LocalDate today) {
        ServicePointStatus s = initial == null ? ServicePointStatus.OPEN : initial;
        switch (s) {
            case PLANNED, BUILDING -> {
                if (openedOn != null) {
                    throw ProblemException.invalid("openedOn", "must be empty while the point is " + s);
                }
            }
            case OPEN -> {
                if (openedOn != null && openedOn.isAfter(today)) {
                    throw ProblemException.invalid("openedOn", "must not be in the future");
                }
                this.openedOn = openedOn == null ? today : openedOn;
            }
            default -> throw ProblemException.invalid("status", "a point is registered PLANNED, BUILDING or OPEN, not " + s);
        }
        status = s;
    }

    /** 开工建设: PLANNED → BUILDING. */
    public void startBuilding() {
        if (status != ServicePointStatus.PLANNED) {
            throw ProblemException.invalidState("service point " + id + " is " + status + ", not PLANNED");
        }
        status = ServicePointStatus.BUILDING;
    }

    /** 建成开放 (from PLANNED or BUILDING, on {@code on}) or 恢复开放 (from SUSPENDED, keeping the first opening date). */
    public void open(LocalDate on) {
        switch (status) {
            case PLANNED, BUILDING -> openedOn = on;
            case SUSPENDED -> {
            }
            default -> throw ProblemException.invalidState("service point " + id + " is " + status + "; only a planned, "
                    + "building or suspended point opens");
        }
        status = ServicePointStatus.OPEN;
    }

    /** 暂停: OPEN → SUSPENDED. */
    public void suspend() {
        if (status != ServicePointStatus.OPEN) {
            throw ProblemException.invalidState("service point " + id + " is " + status + ", not OPEN");
        }
        status = ServicePointStatus.SUSPENDED;
    }

    /** 关闭 on {@code on}, not before it opened; once; only a point that has opened (a plan is not closed, it never counted). */
    public void close(LocalDate on) {
        if (status == ServicePointStatus.CLOSED) {
            throw ProblemException.invalidState("service point " + id + " is already closed");
        }
        if (status == ServicePointStatus.PLANNED || status == ServicePointStatus.BUILDING) {
            throw ProblemException.invalidState("service point " + id + " is " + status + " and has never opened; only an opened point closes");
        }
        if (openedOn != null && on.isBefore(openedOn)) {
            throw ProblemException.invalid("on", "must not be before the point opened (" + openedOn + ")");
        }
        status = ServicePointStatus.CLOSED;
        closedOn = on;
    }

    /** 星级评定: only a star-rated kind, and only a point that has opened and not closed. */
    public void rate(int stars) {
        if (!kind.starRated()) {
            throw ProblemException.invalid("stars", "only a 职工之家 (WORKERS_HOME) or 工会服务站 (SERVICE_STATION) is star-rated, not " + kind);
        }
        if (status != ServicePointStatus.OPEN && status != ServicePointStatus.SUSPENDED) {
            throw ProblemException.invalidState("service point " + id + " is " + status + "; only an opened point is rated");
        }
        this.stars = stars;
    }

    /** 验收/年检: not of a point that is only planned. */
    public void requireInspectable() {
        if (status == ServicePointStatus.PLANNED) {
            throw ProblemException.invalidState("service point " + id + " is only PLANNED; nothing to inspect yet");
        }
    }

    /** Whether the point is counted as open on {@code day} (the stock): opened by then and not closed by then. */
    public boolean openOn(LocalDate day) {
        if (status == ServicePointStatus.PLANNED || status == ServicePointStatus.BUILDING) {
            return false;
        }
        return (openedOn == null || !openedOn.isAfter(day)) && (closedOn == null || closedOn.isAfter(day));
    }
}
