package cn.gonghui.mediation.dispute;

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
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * 劳动争议案件: one application for mediation, from 受理 to a binding agreement and its payment, a referral
 * to arbitration, or a withdrawal. The rules of each step live here; scope, numbering and events in the services.
 */
@Entity
@Table(name = "dispute_case")
public class DisputeCase extends PanacheEntityBase {

    /** 劳动争议调解仲裁法 Art 14: no agreement within 15 days of the centre's receipt → the party may go to arbitration. */
    public static final int DEADLINE_DAYS = 15;
    /** A case is due soon from this many days before its deadline through the deadline itself. */
    public static final int DUE_SOON_DAYS = 3;
    /** Art 7: ten or more workers with a common claim make a group dispute and elect representatives. */
    public static final int GROUP_THRESHOLD = 10;

    public static final String ID_NUMBER_CONTEXT = "dispute_case.id_number";
    public static final String PHONE_CONTEXT = "dispute_case.phone";

    /** The union's part in the dispute. */
    @Schema(name = "UnionRole")
    public enum UnionRole {
        /** the union's own case */
        LEAD,
        /** 协助政府有关部门化解的群体事件: the union assists, the government leads */
        ASSISTING
    }

    @Schema(name = "ReferralReason")
    public enum ReferralReason {
        /** 调解不成 */
        FAILED,
        /** 超过15日未达成协议 */
        TIMEOUT
    }

    @Schema(name = "FileType")
    public enum FileType {
        /** 规范实体案卷 */
        FORMAL,
        /** 简易案卷 */
        SIMPLE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "centre_id", nullable = false)
    public Long centreId;

    /** The union of the centre: the case counts in its subtree. */
    @Column(name = "union_id", nullable = false)
    public Long unionId;

    @Column(name = "person_id", nullable = false)
    public UUID personId;

    @Column(name = "member_id")
    public Long memberId;

    @Column(name = "applicant_name", nullable = false)
    public String applicantName;

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

    @Column(name = "workers_involved", nullable = false)
    public int workersInvolved;

    @Column(nullable = false)
    public int representatives;

    @Enumerated(EnumType.STRING)
    @Column(name = "union_role", nullable = false)
    public UnionRole unionRole;

    @Column(name = "enterprise_id")
    public Long enterpriseId;

    @Column(name = "respondent_name", nullable = false)
    public String respondentName;

    @Column(nullable = false)
    public String facts;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Channel channel;

    /** 口头申请, recorded by the centre on the spot (Art 12). */
    @Column(nullable = false)
    public boolean oral;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "still_employed", nullable = false)
    public boolean stillEmployed;

    @Column(name = "employment_ended_on")
    public LocalDate employmentEndedOn;

    @Column(name = "received_on", nullable = false)
    public LocalDate receivedOn;

    @Column(name = "deadline_on", nullable = false)
    public LocalDate deadlineOn;

    @Column(name = "mediator_id")
    public Long mediatorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CaseStatus status;

    @Column(name = "agreed_on")
    public LocalDate agreedOn;

    @Column(name = "mediated_on")
    public LocalDate mediatedOn;

    @Column(name = "referred_on")
    public LocalDate referredOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "referral_reason")
    public ReferralReason referralReason;

    @Column(name = "withdrawn_on")
    public LocalDate withdrawnOn;

    @Column(name = "closed_on")
    public LocalDate closedOn;

    /** The day the case left mediation: binding agreement, referral or withdrawal. */
    @Column(name = "concluded_on")
    public LocalDate concludedOn;

    @Column(name = "outcome_note")
    public String outcomeNote;

    @Enumerated(EnumType.STRING)
    @Column(name = "file_type")
    public FileType fileType;

    @Column(name = "file_year")
    public Integer fileYear;

    @Column(name = "file_seq")
    public Integer fileSeq;

    @Column(name = "filed_on")
    public LocalDate filedOn;

    @Version
    public long version;

    /** 受理 on {@code receivedOn}: the deadline is the 15th day after (the day of receipt not counted). */
    public static DisputeCase receive(LocalDate receivedOn) {
        DisputeCase c = new DisputeCase();
        c.receivedOn = receivedOn;
        c.deadlineOn = receivedOn.plusDays(DEADLINE_DAYS);
        c.status = CaseStatus.ACCEPTED;
        c.unionRole = UnionRole.LEAD;
        return c;
    }

    /** The workers on the applicant's side; ten or more make a group dispute, which needs at least one representative. */
    public void parties(int workers, int reps) {
        if (workers < 1) {
            throw ProblemException.invalid("workersInvolved", "must be at least 1");
        }
        if (reps < 0 || reps > workers) {
            throw ProblemException.invalid("representatives", "must be between 0 and the workers involved (" + workers + ")");
        }
        if (workers >= GROUP_THRESHOLD && reps < 1) {
            throw ProblemException.invalid("representatives", "a group dispute of " + workers + " workers needs at least one elected representative");
        }
        workersInvolved = workers;
        representatives = reps;
    }

    public boolean group() {
        return workersInvolved >= GROUP_THRESHOLD;
    }

    public boolean open() {
        return CaseStatus.OPEN.contains(status);
    }

    /** Past the deadline without a binding agreement (the deadline day itself is not overdue). */
    public boolean overdue(LocalDate today) {
        return open() && today.isAfter(deadlineOn);
    }

    /** Open and the deadline falls within the next {@link #DUE_SOON_DAYS} days, the deadline day included. */
    public boolean dueSoon(LocalDate today) {
        return open() && !today.isAfter(deadlineOn) && !deadlineOn.isAfter(today.plusDays(DUE_SOON_DAYS));
    }

    /** 指派调解员, or a new one for a case not yet drafted. */
    public void assign(long mediator) {
        if (status != CaseStatus.ACCEPTED && status != CaseStatus.IN_MEDIATION) {
            throw ProblemException.invalidState("case " + id + " is " + status + "; only an ACCEPTED or IN_MEDIATION case takes a mediator");
        }
        mediatorId = mediator;
        status = CaseStatus.IN_MEDIATION;
    }

    /** Sessions are held while the case is with a mediator. */
    public void requireWithMediator() {
        if (status != CaseStatus.IN_MEDIATION && status != CaseStatus.AGREEMENT_DRAFTED) {
            throw ProblemException.invalidState("case " + id + " is " + status + "; sessions are held while it is IN_MEDIATION");
        }
    }

    /** 调解协议 written: from IN_MEDIATION, or rewritten while nobody has signed. */
    public void draftAgreement(LocalDate on, boolean anySigned) {
        boolean rewrite = status == CaseStatus.AGREEMENT_DRAFTED && !anySigned;
        if (status != CaseStatus.IN_MEDIATION && !rewrite) {
            throw ProblemException.invalidState("case " + id + " is " + status + (status == CaseStatus.AGREEMENT_DRAFTED
                    ? " and signing has begun; the terms can no longer change" : "; an agreement is drafted while IN_MEDIATION"));
        }
        agreedOn = on;
        status = CaseStatus.AGREEMENT_DRAFTED;
    }

    /**
     * One party signs. The agreement binds once the applicant, the respondent and the mediator have all signed:
     * the case is MEDIATED on the day of the last signature. Answers true when this signature made it binding.
     */
    public boolean sign(Signature.Party party, Set<Signature.Party> already, LocalDate on) {
        if (status != CaseStatus.AGREEMENT_DRAFTED) {
            throw ProblemException.invalidState("case " + id + " is " + status + "; only a drafted agreement is signed");
        }
        if (already.contains(party)) {
            throw ProblemException.conflict("party", party + " has already signed");
        }
        if (on.isBefore(agreedOn)) {
            throw ProblemException.invalid("signedOn", "must not be before the agreement was drafted (" + agreedOn + ")");
        }
        Set<Signature.Party> all = EnumSet.noneOf(Signature.Party.class);
        all.addAll(already);
        all.add(party);
        if (!all.containsAll(EnumSet.allOf(Signature.Party.class))) {
            return false;
        }
        status = CaseStatus.MEDIATED;
        mediatedOn = on;
        concludedOn = on;
        return true;
    }

    /** 履行: a payment against a term, never more than the term still owes, only under a binding agreement. */
    public void requirePayable(long termAmountFen, long termPaidFen, long amountFen, LocalDate on) {
        if (status != CaseStatus.MEDIATED) {
            throw ProblemException.invalidState("case " + id + " is " + status + "; payments are recorded against a binding agreement (MEDIATED)");
        }
        if (amountFen > termAmountFen - termPaidFen) {
            throw ProblemException.conflict("amountFen", "the term still owes " + (termAmountFen - termPaidFen) + " fen");
        }
        if (on.isBefore(mediatedOn)) {
            throw ProblemException.invalid("paidOn", "must not be before the agreement became binding (" + mediatedOn + ")");
        }
    }

    /** Everything agreed has been paid: 履行完毕. */
    public void settle(LocalDate on) {
        if (status == CaseStatus.MEDIATED) {
            status = CaseStatus.CLOSED;
            closedOn = on;
        }
    }

    /**
     * 仲裁衔接. FAILED (调解不成) at any point of mediation; TIMEOUT only from the day after the deadline, when the
     * law lets the applicant go to arbitration (Art 14).
     */
    public void refer(ReferralReason reason, LocalDate today, String note) {
        if (!open()) {
            throw ProblemException.invalidState("case " + id + " is " + status + "; only a case in mediation can be referred");
        }
        if (reason == ReferralReason.TIMEOUT && !overdue(today)) {
            throw ProblemException.invalidState("case " + id + " is within its 15 days until " + deadlineOn
                    + "; a TIMEOUT referral is possible from " + deadlineOn.plusDays(1));
        }
        status = CaseStatus.REFERRED;
        referralReason = reason;
        referredOn = today;
        concludedOn = today;
        outcomeNote = note;
    }

    /** 撤回 by the applicant (or the centre for them) while the case is in mediation. */
    public void withdraw(LocalDate today, String reason) {
        if (!open()) {
            throw ProblemException.invalidState("case " + id + " is " + status + "; only a case in mediation can be withdrawn");
        }
        status = CaseStatus.WITHDRAWN;
        withdrawnOn = today;
        concludedOn = today;
        outcomeNote = reason;
    }

    /** 立卷: a concluded case is filed once, formal or simple, under the number its centre gives for the year. */
    public void requireFileable() {
        if (open()) {
            throw ProblemException.invalidState("case " + id + " is still in mediation; a case is filed once concluded");
        }
        if (fileType != null) {
            throw ProblemException.invalidState("case " + id + " was filed as " + fileNumber());
        }
    }

    public void file(FileType type, int year, int seq, LocalDate on) {
        requireFileable();
        fileType = type;
        fileYear = year;
        fileSeq = seq;
        filedOn = on;
    }

    /** e.g. {@code 2026-F-0007}: year, F(ormal) or S(imple), the centre's sequence in that year and type. */
    public String fileNumber() {
        return fileType == null ? null : String.format("%d-%s-%04d", fileYear, fileType == FileType.FORMAL ? "F" : "S", fileSeq);
    }
}
