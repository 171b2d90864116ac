package cn.gonghui.benefits.skills;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 参赛单位: a union, or one of its enterprises, entering a team of so many in a competition. */
@Entity
@Table(name = "competition_entry")
public class CompetitionEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "activity_id", nullable = false)
    public Long activityId;

    @Column(name = "union_id", nullable = false)
    public Long unionId;

    @Column(name = "enterprise_id")
    public Long enterpriseId;

    @Column(nullable = false)
    public int entrants;
}
