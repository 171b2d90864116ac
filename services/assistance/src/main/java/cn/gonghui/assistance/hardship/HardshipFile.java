package cn.gonghui.assistance.hardship;

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
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * 困难职工档案: one household in hardship, registered by a union, reviewed at least once a year
 * (动态管理), and closed with a reason when the household is out of hardship.
 */
@Entity
@Table(name = "hardship_file")
public class HardshipFile extends PanacheEntityBase {

    /** 动态管理: a file is reviewed within a year of registration and of each review. */
    public static final int REVIEW_MONTHS = 12;

    /** Set when membership says the member left (退会); an officer decides what follows. */
    public static final String FLAG_MEMBER_LEFT = "MEMBER_LEFT";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "union_id", nullable = false)
    public Long unionId;

    @Column(name = "person_id", nullable = false)
    public UUID personId;

    @Column(name = "member_id")
    public Long memberId;

    @Column(nullable = false)
    public String name;

    @Column(name = "id_number_sealed", nullable = false)
    public String idNumberSealed;

    @Column(name = "id_number_hash", nullable = false)
    public String idNumberHash;

    @Column(name = "id_number_masked", nullable = false)
    public String idNumberMasked;

    @Column(name = "phone_sealed")
    public String phoneSealed;

    @Column(nullable = false)
    public String gender;

    /** 外来务工人员 */
    @Column(nullable = false)
    public boolean migrant;

    @Column(name = "household_size", nullable = false)
    public int householdSize;

    /** 家庭人均月收入, fen. */
    @Column(name = "monthly_income_fen", nullable = false)
    public long monthlyIncomeFen;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public String[] causes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public HardshipLevel level;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public HardshipStatus status;

    @Column(name = "registered_on", nullable = false)
    public LocalDate registeredOn;

    @Column(name = "review_due_on", nullable = false)
    public LocalDate reviewDueOn;

    @Column(name = "last_reviewed_on")
    public LocalDate lastReviewedOn;

    @Column(name = "exited_on")
    public LocalDate exitedOn;

    @Column(name = "exit_reason")
    public String exitReason;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public String[] flags = new String[0];

    @Version
    public long version;

    /** Where this file's sealed ID number belongs. */
    public static final String ID_NUMBER_CONTEXT = "hardship_file.id_number";
    public static final String PHONE_CONTEXT = "hardship_file.phone";

    public static HardshipFile register(long unionId, LocalDate on) {
        HardshipFile f = new HardshipFile();
        f.unionId = unionId;
        f.status = HardshipStatus.ACTIVE;
        f.registeredOn = on;
        f.reviewDueOn = on.plusMonths(REVIEW_MONTHS);
        return f;
    }

    public Set<HardshipCause> causes() {
        Set<HardshipCause> set = new LinkedHashSet<>();
        Arrays.stream(causes).map(HardshipCause::valueOf).forEach(set::add);
        return set;
    }

    public void causes(Set<HardshipCause> values) {
        if (values == null || values.isEmpty()) {
            throw ProblemException.invalid("causes", "name at least one cause");
        }
        causes = values.stream().map(Enum::name).sorted().toArray(String[]::new);
    }

    public boolean active() {
        return status == HardshipStatus.ACTIVE;
    }

    /** Active on {@code date}: registered by then and not exited by then. */
    public boolean activeOn(LocalDate date) {
        return !registeredOn.isAfter(date) && (exitedOn == null || exitedOn.isAfter(date));
    }

    /** Due for its yearly review on {@code today} (the due date itself included). */
    public boolean reviewDue(LocalDate today) {
        return active() && !reviewDueOn.isAfter(today);
    }

    /** 动态复核: the household is still in hardship; the next review is due a year later. */
    public void review(LocalDate on) {
        requireActive();
        if (on.isBefore(registeredOn)) {
            throw ProblemException.invalid("reviewedOn", "must not be before the file was registered (" + registeredOn + ")");
        }
        lastReviewedOn = on;
        reviewDueOn = on.plusMonths(REVIEW_MONTHS);
    }

    /** 退出: out of hardship (or moved, or deceased); the reason is required. */
    public void exit(LocalDate on, String reason) {
        requireActive();
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalid("reason", "is required");
        }
        if (on.isBefore(registeredOn)) {
            throw ProblemException.invalid("exitedOn", "must not be before the file was registered (" + registeredOn + ")");
        }
        status = HardshipStatus.EXITED;
        exitedOn = on;
        exitReason = reason.strip();
    }

    public void flag(String flag) {
        if (!Arrays.asList(flags).contains(flag)) {
            String[] more = Arrays.copyOf(flags, flags.length + 1);
            more[flags.length] = flag;
            flags = more;
        }
    }

    public void requireActive() {
        if (!active()) {
            throw ProblemException.invalidState("hardship file " + id + " was closed on " + exitedOn);
        }
    }
}
