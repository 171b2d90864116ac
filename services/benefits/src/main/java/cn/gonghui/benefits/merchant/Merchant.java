package cn.gonghui.benefits.merchant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** 加盟商: a partner account ({@code partnerId}, the claim in its tokens) contracted by a union, from joinedOn until it leaves. */
@Entity
@Table(name = "merchant")
public class Merchant extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "partner_id", nullable = false)
    public String partnerId;

    @Column(name = "union_id", nullable = false)
    public Long unionId;

    @Column(nullable = false)
    public String name;

    /** 电影, 理发, 体检, 摄影, 汽修, 亲子 … as the union lists them. */
    @Column(nullable = false)
    public String category;

    @Column(name = "joined_on", nullable = false)
    public LocalDate joinedOn;

    @Column(name = "left_on")
    public LocalDate leftOn;

    @Version
    public long version;

    /** A partner on {@code date}: joined by then and not left by then. */
    public boolean partnerOn(LocalDate date) {
        return !joinedOn.isAfter(date) && (leftOn == null || leftOn.isAfter(date));
    }
}
