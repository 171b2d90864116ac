package cn.gonghui.membership.enterprise;

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
 * 企业: an employer, under the union that covers it (its enterprise union or a joint union covering
 * many small enterprises) or, while it has none, under its street/town federation.
 */
@Entity
@Table(name = "enterprise")
public class Enterprise extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** 统一社会信用代码 */
    @Column(name = "credit_code", nullable = false, unique = true)
    public String creditCode;

    @Column(nullable = false)
    public String name;

    public String address;

    /** 行政区划代码, six digits */
    @Column(name = "district_code", nullable = false)
    public String districtCode;

    @Column(nullable = false)
    public int headcount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Ownership ownership;

    @Column(name = "union_id", nullable = false)
    public Long unionId;

    @Column(name = "registered_on", nullable = false)
    public LocalDate registeredOn;

    /** 成立日期: the enterprise's own founding date, when known. */
    @Column(name = "founded_on")
    public LocalDate foundedOn;

    @Version
    public long version;
}
