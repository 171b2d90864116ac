package cn.gonghui.membership.honour;

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
import cn.gonghui.problems.ProblemException;
import java.time.LocalDate;

/**
 * 荣誉: one honour (劳动模范, 工人先锋号, 五一劳动奖章/奖状, 模范职工之家, 表彰 …) nominated for or held by a member, a
 * person, a team, an enterprise, a union or a service point, registered by the union that nominated or holds it.
 * A nomination (推荐/申报) is not an award until it is decided CONFERRED.
 */
@Entity
@Table(name = "honour")
public class Honour extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public HonourKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public HonourLevel level;

    /** 年度: the year the honour is for ("2018年度"). */
    @Column(nullable = false)
    public int year;

    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_type", nullable = false)
    public RecipientType recipientType;

    /** The member, when the recipient is a member. */
    @Column(name = "member_id")
    public Long memberId;

    /** The enterprise, when the recipient is an enterprise (or, optionally, the enterprise of a team). */
    @Column(name = "enterprise_id")
    public Long enterpriseId;

    /** The team's name, when the recipient is a team (班组). */
    @Column(name = "team_name")
    public String teamName;

    /** The union that nominated or holds the honour; decides who may see it. */
    @Column(name = "union_id", nullable = false)
    public Long unionId;

    /** As on the certificate, e.g. 2018年度北京市劳动模范. */
    @Column(nullable = false)
    public String title;

    /** The day it was conferred (授予). */
    @Column(name = "awarded_on")
    public LocalDate awardedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public HonourStatus status = HonourStatus.CONFERRED;

    /** The day it was nominated (推荐/申报), when it went through a nomination. */
    @Column(name = "nominated_on")
    public LocalDate nominatedOn;

    @Column(name = "not_conferred_on")
    public LocalDate notConferredOn;

    @Column(name = "revoked_on")
    public LocalDate revokedOn;

    @Column(name = "revoke_reason")
    public String revokeReason;

    /** The union, when the recipient is a union. */
    @Column(name = "recipient_union_id")
    public Long recipientUnionId;

    /** The service point, when the recipient is one. */
    @Column(name = "service_point_id")
    public Long servicePointId;

    /** The person's name, when the recipient is a person who is not a member. */
    @Column(name = "person_name")
    public String personName;

    /** 奖励金额 in fen. */
    @Column(name = "reward_fen")
    public Long rewardFen;

    /** The conferring body, e.g. 北京市人民政府, 中华全国总工会. */
    @Column(name = "conferred_by")
    public String conferredBy;

    /** The programme of a commendation (双爱双评 …); optional for the other kinds. */
    public String programme;

    @Version
    public long version;

    /** 评审结果: a nomination becomes CONFERRED (awardedOn) or NOT_CONFERRED on {@code on}, not before it was nominated. */
    public void decide(HonourStatus outcome, LocalDate on) {
        if (status != HonourStatus.NOMINATED) {
            throw ProblemException.invalidState("honour " + id + " is " + status + ", not NOMINATED");
        }
        if (nominatedOn != null && on.isBefore(nominatedOn)) {
            throw ProblemException.invalid("on", "must not be before the nomination (" + nominatedOn + ")");
        }
        switch (outcome) {
            case CONFERRED -> awardedOn = on;
            case NOT_CONFERRED -> notConferredOn = on;
            default -> throw ProblemException.invalid("outcome", "must be CONFERRED or NOT_CONFERRED");
        }
        status = outcome;
    }

    /** 撤销: only a conferred honour, not before it was conferred. */
    public void revoke(LocalDate on, String reason) {
        if (status != HonourStatus.CONFERRED) {
            throw ProblemException.invalidState("honour " + id + " is " + status + "; only a conferred honour is revoked");
        }
        if (awardedOn != null && on.isBefore(awardedOn)) {
            throw ProblemException.invalid("on", "must not be before it was conferred (" + awardedOn + ")");
        }
        status = HonourStatus.REVOKED;
        revokedOn = on;
        revokeReason = reason;
    }
}
