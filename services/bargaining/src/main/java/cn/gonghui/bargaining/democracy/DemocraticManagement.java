package cn.gonghui.bargaining.democracy;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/**
 * 民主管理 of one enterprise: since when 厂务公开 (open affairs) and 职代会 (the workers' congress) are established
 * (建制), its last congress session, and whether its record in the system is complete (录入完整).
 */
@Entity
@Table(name = "democratic_management")
public class DemocraticManagement extends PanacheEntityBase {

    @Id
    @Column(name = "enterprise_id")
    public Long enterpriseId;

    @Column(name = "union_id", nullable = false)
    public Long unionId;

    @Column(name = "open_affairs_since")
    public LocalDate openAffairsSince;

    @Column(name = "congress_since")
    public LocalDate congressSince;

    @Column(name = "last_session_on")
    public LocalDate lastSessionOn;

    @Column(name = "record_complete", nullable = false)
    public boolean recordComplete;

    @Version
    public long version;
}
