package cn.gonghui.mediation.centre;

import cn.gonghui.problems.ProblemException;
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

/** 劳动争议调解组织: a centre run by a union, where cases are received and mediated. */
@Entity
@Table(name = "centre")
public class Centre extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The union that runs the centre; its cases count in that union's subtree. */
    @Column(name = "union_id", nullable = false)
    public Long unionId;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CentreKind kind;

    @Column(nullable = false)
    public boolean active = true;

    @Version
    public long version;

    public void requireActive(String field) {
        if (!active) {
            throw ProblemException.invalid(field, "centre " + id + " is closed");
        }
    }
}
