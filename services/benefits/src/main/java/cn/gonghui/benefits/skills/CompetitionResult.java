package cn.gonghui.benefits.skills;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 比赛成绩: a team's or a person's place in one event (中国象棋团体, 围棋团体 …) of a competition (an activity). */
@Entity
@Table(name = "competition_result")
public class CompetitionResult extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "activity_id", nullable = false)
    public Long activityId;

    /** The union the entrant represented. */
    @Column(name = "union_id", nullable = false)
    public Long unionId;

    @Column(nullable = false)
    public String event;

    @Column(nullable = false)
    public String entrant;

    @Column(nullable = false)
    public boolean team;

    @Column(nullable = false)
    public int place;
}
