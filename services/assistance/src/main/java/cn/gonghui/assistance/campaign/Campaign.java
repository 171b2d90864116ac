package cn.gonghui.assistance.campaign;

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
import java.time.LocalDate;

/**
 * 帮扶活动: who may be helped, with how much (a fixed amount when min equals max, else a range), from
 * which fund, within which budget, applied for between opensOn and closesOn, and how many days an
 * approval stays on public notice 公示 before it may be paid.
 */
@Entity
@Table(name = "campaign")
public class Campaign extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "union_id", nullable = false)
    public Long unionId;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CampaignKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public HelpKind help;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Eligibility eligibility;

    @Column(name = "women_only", nullable = false)
    public boolean womenOnly;

    /** The fund cash grants are paid from; none for help in kind. */
    @Column(name = "fund_id")
    public Long fundId;

    @Column(name = "min_amount_fen", nullable = false)
    public long minAmountFen;

    @Column(name = "max_amount_fen", nullable = false)
    public long maxAmountFen;

    @Column(name = "budget_fen", nullable = false)
    public long budgetFen;

    /** Approved grants' sum; written by an atomic UPDATE in {@link CampaignBudget}, never by the entity. */
    @Column(name = "committed_fen", nullable = false, insertable = false, updatable = false)
    public long committedFen;

    @Column(name = "opens_on", nullable = false)
    public LocalDate opensOn;

    @Column(name = "closes_on", nullable = false)
    public LocalDate closesOn;

    @Column(name = "notice_days", nullable = false)
    public int noticeDays;

    @Column(nullable = false, insertable = false, updatable = false)
    public long version;

    public boolean openOn(LocalDate date) {
        return !date.isBefore(opensOn) && !date.isAfter(closesOn);
    }

    /** 409 unless applications are taken on {@code date}. */
    public void requireOpen(LocalDate date) {
        if (!openOn(date)) {
            throw ProblemException.invalidState("campaign " + id + " takes applications from " + opensOn + " to " + closesOn);
        }
    }

    /** 400 naming {@code field} unless the amount is the campaign's fixed amount or within its range. */
    public void requireAmount(long amountFen, String field) {
        if (amountFen < minAmountFen || amountFen > maxAmountFen) {
            throw ProblemException.invalid(field, minAmountFen == maxAmountFen
                    ? "must be this campaign's amount, " + minAmountFen + " fen"
                    : "must be between " + minAmountFen + " and " + maxAmountFen + " fen");
        }
    }

    /** The amount a grant gets when the request names none: the fixed amount, or none when it is a range. */
    public Long defaultAmount() {
        return minAmountFen == maxAmountFen ? minAmountFen : null;
    }

    /** The last day of public notice for a grant approved on {@code approvedOn}. */
    public LocalDate noticeEndsOn(LocalDate approvedOn) {
        return approvedOn.plusDays(noticeDays);
    }
}
