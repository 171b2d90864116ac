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
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** 服务阵地: a 职工之家, 暖心驿站, 心灵驿站, 母婴关爱室 or 工会服务站 run by a union, found on a map by members. */
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

    @Version
    public long version;
}
