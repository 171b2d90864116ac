package cn.gonghui.benefits.clubs;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** 兴趣组织: a union's interest club, from its founding until it closes. */
@Entity
@Table(name = "interest_club")
public class InterestClub extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "union_id", nullable = false)
    public Long unionId;

    @Column(nullable = false)
    public String name;

    @Column(name = "founded_on", nullable = false)
    public LocalDate foundedOn;

    @Column(name = "closed_on")
    public LocalDate closedOn;
}
