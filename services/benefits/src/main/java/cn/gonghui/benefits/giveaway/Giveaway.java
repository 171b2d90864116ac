package cn.gonghui.benefits.giveaway;

import cn.gonghui.problems.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** 线上抽奖/赠送 (微工会): members enter between opensOn and closesOn; after it closes one draw gives the items to winners. */
@Entity
@Table(name = "giveaway")
public class Giveaway extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "union_id", nullable = false)
    public Long unionId;

    @Column(nullable = false)
    public String title;

    /** What is given: 电子图书卡, 清凉大礼包 … */
    @Column(nullable = false)
    public String item;

    @Column(nullable = false)
    public int quantity;

    @Column(name = "opens_on", nullable = false)
    public LocalDate opensOn;

    @Column(name = "closes_on", nullable = false)
    public LocalDate closesOn;

    @Column(name = "drawn_on")
    public LocalDate drawnOn;

    @Version
    public long version;

    public void requireOpen(LocalDate today) {
        if (today.isBefore(opensOn) || today.isAfter(closesOn)) {
            throw ProblemException.invalidState("giveaway " + id + " takes entries from " + opensOn + " to " + closesOn);
        }
    }

    /** The draw happens once, after the last day of entries. */
    public void draw(LocalDate today) {
        if (drawnOn != null) {
            throw ProblemException.invalidState("giveaway " + id + " was drawn on " + drawnOn);
        }
        if (!today.isAfter(closesOn)) {
            throw ProblemException.invalidState("giveaway " + id + " takes entries until " + closesOn + "; draw from the day after");
        }
        drawnOn = today;
    }
}
