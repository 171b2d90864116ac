package cn.gonghui.membership.member;

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

    /** Where a sealed ID number belongs (AES-GCM associated data): sealed for one member, it opens for no other. */
    public static String idNumberContext(String idNumberHash) {
        return "member.id_number:" + idNumberHash;
    }

    /** Where a sealed phone belongs. */
    public static String phoneContext(String idNumberHash) {
        return "member.phone:" + idNumberHash;
    }
}
