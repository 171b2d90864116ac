package cn.gonghui.membership.member;

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
import java.time.LocalDate;

/** 会员: a worker's membership, with real-name data sealed at rest. */
@Entity
@Table(name = "member")
public class Member extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String name;

    /** 居民身份证号, AES-GCM sealed with its key id. */
    @Column(name = "id_number_sealed", nullable = false)
    public String idNumberSealed;

    /** HMAC of the normalized ID number: one person, one record. */
    @Column(name = "id_number_hash", nullable = false)
    public String idNumberHash;

    @Column(name = "id_number_masked", nullable = false)
    public String idNumberMasked;

    @Column(name = "phone_sealed")
    public String phoneSealed;

    @Column(name = "phone_masked")
    public String phoneMasked;

    @Column(name = "union_id", nullable = false)
    public Long unionId;

    @Column(name = "enterprise_id")
    public Long enterpriseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MemberStatus status;

    @Column(nullable = false)
    public boolean retired;

    /** Subject of the token that applied (the worker's own, or an officer's). */
    @Column(name = "applied_by")
    public String appliedBy;

    @Column(name = "reject_reason")
    public String rejectReason;

    @Column(name = "applied_on")
    public LocalDate appliedOn;

    @Column(name = "joined_on")
    public LocalDate joinedOn;

    @Column(name = "left_on")
    public LocalDate leftOn;

    @Column(name = "leave_reason")
    public String leaveReason;

    @Column(name = "retired_on")
    public LocalDate retiredOn;

    @Version
    public long version;

    /** 入会审批通过: a pending application becomes a membership from {@code on}. */
    public void approve(LocalDate on) {
        requireStatus(MemberStatus.PENDING, "approved");
        status = MemberStatus.ACTIVE;
        joinedOn = on;
    }

    /** 入会申请不予通过. */
    public void reject(String reason) {
        requireStatus(MemberStatus.PENDING, "rejected");
        status = MemberStatus.REJECTED;
        rejectReason = reason.strip();
    }

    /** 退会. */
    public void leave(LocalDate on, String reason) {
        requireStatus(MemberStatus.ACTIVE, "marked as left");
        status = MemberStatus.LEFT;
        leftOn = on;
        leaveReason = reason;
    }

    /** 退休: a retiree stays a member, marked retired. */
    public void retire(LocalDate on) {
        requireStatus(MemberStatus.ACTIVE, "retired");
        if (retired) {
            throw ProblemException.invalidState("member " + id + " is already retired");
        }
        retired = true;
        retiredOn = on;
    }

    /** 转会 completed: the member now belongs to {@code unionId} and works for {@code enterpriseId} (may be none). */
    public void moveTo(long toUnionId, Long toEnterpriseId) {
        requireStatus(MemberStatus.ACTIVE, "transferred");
        unionId = toUnionId;
        enterpriseId = toEnterpriseId;
    }

    /** Whether the member is still an active member of the union a transfer was released from. */
    public boolean isActiveIn(long union) {
        return status == MemberStatus.ACTIVE && unionId != null && unionId == union;
    }

    private void requireStatus(MemberStatus expected, String action) {
        if (status != expected) {
            throw ProblemException.invalidState("member " + id + " is " + status + " and cannot be " + action);
        }
    }

    /** The ID number as every response shows it: only the last four characters (platform {@code Masks}, review S1). */
    public static String maskedIdNumber(String idNumber) {
        return cn.gonghui.personaldata.Masks.idNumber(idNumber);
    }

    /** Where a sealed ID number belongs (AES-GCM associated data): sealed for one member, it opens for no other. */
    public static String idNumberContext(String idNumberHash) {
        return "member.id_number:" + idNumberHash;
    }

    /** Where a sealed phone belongs. */
    public static String phoneContext(String idNumberHash) {
        return "member.phone:" + idNumberHash;
    }
}
