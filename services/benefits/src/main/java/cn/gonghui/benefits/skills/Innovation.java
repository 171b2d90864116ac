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

/** 合理化建议 (PROPOSAL) or 技术创新攻关项目 (PROJECT), with the value it created (节创价值) in fen and whether it was rated excellent. */
@Entity
@Table(name = "innovation")
public class Innovation extends PanacheEntityBase {

    @Schema(name = "InnovationKind")
    public enum Kind {
        PROPOSAL,
        PROJECT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "union_id", nullable = false)
    public Long unionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(nullable = false)
    public String title;

    @Column(name = "submitted_on", nullable = false)
    public LocalDate submittedOn;

    @Column(name = "value_fen", nullable = false)
    public long valueFen;

    @Column(nullable = false)
    public boolean excellent;
}
