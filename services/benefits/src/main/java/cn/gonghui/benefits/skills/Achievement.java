package cn.gonghui.benefits.skills;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A member's recognition outside the union: joining an association (北京美协), selection for an exhibition, an award. */
@Entity
@Table(name = "achievement")
public class Achievement extends PanacheEntityBase {

    @Schema(name = "AchievementKind")
    public enum Kind {
        ASSOCIATION_MEMBERSHIP,
        SELECTION,
        AWARD
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "member_id", nullable = false)
    public Long memberId;

    @Column(name = "union_id", nullable = false)
    public Long unionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    /** The association, exhibition or award-giving body. */
    @Column(nullable = false)
    public String body;

    public String title;

    @Column(name = "obtained_on", nullable = false)
    public LocalDate obtainedOn;
}
