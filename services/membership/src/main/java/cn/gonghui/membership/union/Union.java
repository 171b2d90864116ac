package cn.gonghui.membership.union;

import cn.gonghui.problems.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** 工会组织: one node of the union tree. */
@Entity
@Table(name = "union_unit")
public class Union extends PanacheEntityBase {

    /** Drawn from the id column's sequence before the row is written ({@link #nextId}), so the path can end in it. */
    @Id
    public Long id;

    @Column(name = "parent_id")
    public Long parentId;

    /** Ancestry, root first, ending in this union: /1/4/9/ */
    @Column(nullable = false)
    public String path;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public UnionKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public UnionStatus status;

    @Column(name = "founded_on", nullable = false)
    public LocalDate foundedOn;

    @Column(name = "dissolved_on")
    public LocalDate dissolvedOn;

    @Column(name = "dissolve_reason")
    public String dissolveReason;

    /** 工会法人: the union's own 统一社会信用代码, when registered as a legal person. */
    @Column(name = "legal_person_code")
    public String legalPersonCode;

    /** 法定代表人 of the union as a legal person. */
    @Column(name = "legal_representative")
    public String legalRepresentative;

    @Version
    public long version;

    /** What still belongs to a union, counted by the service before it is dissolved. */
    public record Occupants(long activeChildren, long activeMembers, long pendingApplications, long incomingTransfers) {
    }

    /**
     * 撤销: only an active union with nothing left in it: no active unions or members, and no pending
     * application or open transfer that would bring a member in later (review S12).
     */
    public void dissolve(LocalDate on, String reason, Occupants occupants) {
        if (status == UnionStatus.DISSOLVED) {
            throw ProblemException.invalidState("union " + id + " is already dissolved");
        }
        if (occupants.activeChildren() > 0) {
            throw ProblemException.invalidState("union " + id + " still has active unions under it; move or dissolve them first");
        }
        if (occupants.activeMembers() > 0) {
            throw ProblemException.invalidState("union " + id + " still has " + occupants.activeMembers() + " active members; transfer them first");
        }
        if (occupants.pendingApplications() > 0) {
            throw ProblemException.invalidState("union " + id + " still has " + occupants.pendingApplications()
                    + " pending applications; approve or reject them first");
        }
        if (occupants.incomingTransfers() > 0) {
            throw ProblemException.invalidState("union " + id + " still has " + occupants.incomingTransfers()
                    + " transfers coming in; they must be declined first");
        }
        status = UnionStatus.DISSOLVED;
        dissolvedOn = on;
        dissolveReason = reason;
    }

    /** The next union id, from the sequence behind the id column. */
    static long nextId(jakarta.persistence.EntityManager em) {
        return ((Number) em.createNativeQuery("SELECT nextval(pg_get_serial_sequence('union_unit', 'id'))").getSingleResult()).longValue();
    }

    /** Whether {@code other} is this union or lies under it. */
    public boolean contains(Union other) {
        return other.path.startsWith(path);
    }
}
