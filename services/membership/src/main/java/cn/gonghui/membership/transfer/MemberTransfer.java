package cn.gonghui.membership.transfer;

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
import java.time.OffsetDateTime;

/** 会员转会: the old union releases, the new union accepts. */
@Entity
@Table(name = "member_transfer")
public class MemberTransfer extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "member_id", nullable = false)
    public Long memberId;

    @Column(name = "from_union_id", nullable = false)
    public Long fromUnionId;

    @Column(name = "to_union_id", nullable = false)
    public Long toUnionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TransferStatus status;

    public String reason;

    @Column(name = "released_by", nullable = false)
    public String releasedBy;

    @Column(name = "released_at", nullable = false)
    public OffsetDateTime releasedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Version
    public long version;

    /** 转入: the receiving union takes the member in. */
    public void accept(String by, OffsetDateTime at) {
        decide(TransferStatus.ACCEPTED, by, at);
    }

    /** The sending union withdraws, or the receiving union declines. */
    public void cancel(String by, OffsetDateTime at) {
        decide(TransferStatus.CANCELLED, by, at);
    }

    /** Only a released transfer waits for a decision. */
    public void requireOpen() {
        if (status != TransferStatus.RELEASED) {
            throw ProblemException.invalidState("transfer " + id + " is already " + status);
        }
    }

    private void decide(TransferStatus outcome, String by, OffsetDateTime at) {
        requireOpen();
        status = outcome;
        decidedBy = by;
        decidedAt = at;
    }
}
