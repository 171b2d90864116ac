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
import java.time.LocalDate;

/**
 * 荣誉: one honour (劳动模范, 工人先锋号, 五一劳动奖章/奖状, 职工创新工作室) held by a member, a team or an
 * enterprise, registered by the union that nominated or holds it.
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

    @Column(name = "awarded_on")
    public LocalDate awardedOn;

    @Version
    public long version;
}
