package cn.gonghui.bargaining.contract;

import cn.gonghui.problems.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * 集体合同: one contract (or special agreement) from the offer 要约 to its expiry. Each step of its legal life
 * is a method here that guards the state and the deadline it belongs to (集体合同规定, 劳动合同法 Art 51-56);
 * the service keeps scope, the clock and the outbox.
 */
@Entity
@Table(name = "contract")
public class Contract extends PanacheEntityBase {

    /** The other side answers an offer in writing within 20 days of receiving it (集体合同规定 Art 32). */
    public static final int ANSWER_DAYS = 20;
    /** The employer files the signed text with the labour administration within 10 days (Art 42). */
    public static final int FILING_DAYS = 10;
    /** The labour administration may object within 15 days of receipt; else the contract takes effect (Art 45-47). */
    public static final int REVIEW_DAYS = 15;
    /** The term is 1 to 3 years (Art 38). */
    public static final int MIN_TERM_MONTHS = 12;
    public static final int MAX_TERM_MONTHS = 36;
    /** Either side may offer to renew within 3 months before expiry (Art 38). */
    public static final int RENEWAL_WINDOW_MONTHS = 3;
    /** Each side sends 3 to 10 negotiators, the same number on both sides (集体合同规定 Art 19: equal sides, at least 3 each, one chief; the cap of 10 is the 1994 规定 Art 8 and local regulations such as Beijing's). */
    public static final int MIN_NEGOTIATORS = 3;
    public static final int MAX_NEGOTIATORS = 10;

    @Schema(name = "ContractInitiator")
    public enum Initiator {
        /** the union offered (工会发出要约) */
        UNION,
        /** the employer (or employers' organisation) offered */
        EMPLOYER
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The union that bargains: the enterprise's union, or the federation of a regional or industry contract. */
    @Column(name = "union_id", nullable = false)
    public Long unionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ContractKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ContractScope scope;

    @Column(nullable = false)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ContractStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Initiator initiator;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "contract_enterprise", joinColumns = @JoinColumn(name = "contract_id"))
    public List<CoveredEnterprise> enterprises = new ArrayList<>();

    @Column(name = "offered_on", nullable = false)
    public LocalDate offeredOn;

    @Column(name = "answer_due_on", nullable = false)
    public LocalDate answerDueOn;

    @Column(name = "answered_on")
    public LocalDate answeredOn;

    @Column(name = "answered_late", nullable = false)
    public boolean answeredLate;

    @Column(name = "signed_on")
    public LocalDate signedOn;

    @Column(name = "starts_on")
    public LocalDate startsOn;

    @Column(name = "term_months")
    public Integer termMonths;

    @Column(name = "expires_on")
    public LocalDate expiresOn;

    /** The first day a renewal may be offered: 3 months before expiry (Art 38). */
    @Column(name = "renewal_opens_on")
    public LocalDate renewalOpensOn;

    @Column(name = "filing_due_on")
    public LocalDate filingDueOn;

    @Column(name = "filed_on")
    public LocalDate filedOn;

    @Column(name = "filed_late", nullable = false)
    public boolean filedLate;

    public String bureau;

    @Column(name = "review_ends_on")
    public LocalDate reviewEndsOn;

    @Column(name = "effective_on")
    public LocalDate effectiveOn;

    @Column(name = "deemed_effective", nullable = false)
    public boolean deemedEffective;

    /** The first day the contract binds: the later of its effective day and its agreed start. */
    @Column(name = "in_force_from")
    public LocalDate inForceFrom;

    @Column(name = "expired_on")
    public LocalDate expiredOn;

    @Column(name = "expiring_notified_on")
    public LocalDate expiringNotifiedOn;

    /** The contract this one renews (到期续签). */
    @Column(name = "renews_id")
    public Long renewsId;

    @Column(name = "closed_on")
    public LocalDate closedOn;

    @Column(name = "close_reason")
    public String closeReason;

    @Version
    public long version;

    /** 要约, sent (and received) on {@code on}: the answer is due {@value #ANSWER_DAYS} days later. */
    public static Contract offer(long unionId, ContractKind kind, ContractScope scope, String title, Initiator initiator,
            List<CoveredEnterprise> covered, LocalDate on) {
        if (covered.isEmpty()) {
            throw ProblemException.invalid("enterprises", "name at least one enterprise the contract covers");
        }
        if (scope == ContractScope.SINGLE && covered.size() != 1) {
            throw ProblemException.invalid("enterprises", "a SINGLE contract covers exactly one enterprise; use REGIONAL or INDUSTRY for more");
        }
        Contract c = new Contract();
        c.unionId = unionId;
        c.kind = kind;
        c.scope = scope;
        c.title = title;
        c.initiator = initiator;
        c.enterprises = new ArrayList<>(covered);
        c.offeredOn = on;
        c.answerDueOn = on.plusDays(ANSWER_DAYS);
        c.status = ContractStatus.OFFERED;
        return c;
    }

    public int workersCovered() {
        return enterprises.stream().mapToInt(e -> e.workers).sum();
    }

    /** An offer not answered and past its 20th day (Art 32). */
    public boolean answerOverdue(LocalDate today) {
        return status == ContractStatus.OFFERED && today.isAfter(answerDueOn);
    }

    /** The written answer 书面回应: accepted opens negotiation, refused ends the offer. Late is recorded, not refused. */
    public void answer(LocalDate on, boolean accepted) {
        require(ContractStatus.OFFERED, "answer");
        if (on.isBefore(offeredOn)) {
            throw ProblemException.invalid("answeredOn", "must not be before the offer (" + offeredOn + ")");
        }
        answeredOn = on;
        answeredLate = on.isAfter(answerDueOn);
        status = accepted ? ContractStatus.NEGOTIATING : ContractStatus.REFUSED;
        if (!accepted) {
            closedOn = on;
            closeReason = "offer refused";
        }
    }

    /** A negotiation round is held while negotiating, after the answer, with equal sides of 3 to 10 (Art 19). */
    public void checkRound(LocalDate heldOn, int unionSide, int employerSide) {
        require(ContractStatus.NEGOTIATING, "rounds");
        if (heldOn.isBefore(answeredOn)) {
            throw ProblemException.invalid("heldOn", "must not be before the answer to the offer (" + answeredOn + ")");
        }
        negotiators(unionSide, "unionNegotiators");
        negotiators(employerSide, "employerNegotiators");
        if (unionSide != employerSide) {
            throw ProblemException.invalid("employerNegotiators", "both sides send the same number of negotiators (集体合同规定 Art 19): the union sends "
                    + unionSide);
        }
    }

    private static void negotiators(int n, String field) {
        if (n < MIN_NEGOTIATORS || n > MAX_NEGOTIATORS) {
            throw ProblemException.invalid(field, "each side sends " + MIN_NEGOTIATORS + " to " + MAX_NEGOTIATORS + " negotiators (集体合同规定 Art 19; at most 10 as the 1994 规定 Art 8 and local regulations set)");
        }
    }

    /**
     * The outcome of a 职代会 vote (Art 36): no quorum unless at least two thirds of all representatives are
     * present; adopted only with more than half of ALL representatives in favour, not of those present.
     */
    public static CongressVote.Outcome outcome(int representatives, int present, int inFavour) {
        if ((long) present * 3 < (long) representatives * 2) {
            return CongressVote.Outcome.NO_QUORUM;
        }
        return (long) inFavour * 2 > representatives ? CongressVote.Outcome.ADOPTED : CongressVote.Outcome.REJECTED;
    }

    /** The draft goes to the vote after at least one round; adopted moves on, anything else leaves it in negotiation. */
    public CongressVote.Outcome vote(LocalDate heldOn, int representatives, int present, int inFavour, long roundsHeld) {
        require(ContractStatus.NEGOTIATING, "congress-votes");
        if (roundsHeld == 0) {
            throw ProblemException.invalidState("contract " + id + " has no negotiation round yet; the 职代会 votes on a negotiated draft");
        }
        if (present > representatives) {
            throw ProblemException.invalid("present", "must not exceed representatives (" + representatives + ")");
        }
        if (inFavour > present) {
            throw ProblemException.invalid("inFavour", "must not exceed those present (" + present + ")");
        }
        if (heldOn.isBefore(answeredOn)) {
            throw ProblemException.invalid("heldOn", "must not be before the answer to the offer (" + answeredOn + ")");
        }
        CongressVote.Outcome outcome = outcome(representatives, present, inFavour);
        if (outcome == CongressVote.Outcome.ADOPTED) {
            status = ContractStatus.ADOPTED;
        }
        return outcome;
    }

    /** 签字: the term runs from {@code starts} for 12 to 36 months (Art 38); filing is due 10 days later (Art 42). */
    public void sign(LocalDate on, LocalDate starts, int months) {
        require(ContractStatus.ADOPTED, "signing");
        if (months < MIN_TERM_MONTHS || months > MAX_TERM_MONTHS) {
            throw ProblemException.invalid("termMonths", "the term is 1 to 3 years: " + MIN_TERM_MONTHS + " to " + MAX_TERM_MONTHS
                    + " months (Art 38)");
        }
        if (starts.isBefore(on)) {
            throw ProblemException.invalid("startsOn", "must not be before the signing day (" + on + ")");
        }
        signedOn = on;
        startsOn = starts;
        termMonths = months;
        expiresOn = starts.plusMonths(months).minusDays(1);
        renewalOpensOn = expiresOn.minusMonths(RENEWAL_WINDOW_MONTHS);
        filingDueOn = on.plusDays(FILING_DAYS);
        status = ContractStatus.SIGNED;
    }

    /** Signed and not filed past its 10th day (Art 42). */
    public boolean filingOverdue(LocalDate today) {
        return status == ContractStatus.SIGNED && today.isAfter(filingDueOn);
    }

    /** 报送: the bureau received the text on {@code on}; late filing is recorded, not refused. Review runs 15 days. */
    public void file(LocalDate on, String receivedBy) {
        require(ContractStatus.SIGNED, "filing");
        if (on.isBefore(signedOn)) {
            throw ProblemException.invalid("filedOn", "must not be before the signing day (" + signedOn + ")");
        }
        filedOn = on;
        filedLate = on.isAfter(filingDueOn);
        bureau = receivedBy;
        reviewEndsOn = on.plusDays(REVIEW_DAYS);
        status = ContractStatus.FILED;
    }

    /**
     * 审查 by the labour administration, within 15 days of receipt (Art 45-47): approved takes effect that day; an
     * objection sends the draft back to negotiation, to be voted, signed and filed again. After day 15 the
     * contract is already in effect (Art 47) and the answer is refused.
     */
    public void review(LocalDate on, boolean objection) {
        require(ContractStatus.FILED, "review");
        if (on.isBefore(filedOn)) {
            throw ProblemException.invalid("reviewedOn", "must not be before the filing (" + filedOn + ")");
        }
        if (on.isAfter(reviewEndsOn)) {
            throw ProblemException.invalidState("contract " + id + ": the review window ended on " + reviewEndsOn
                    + "; without objection the contract took effect on " + reviewEndsOn.plusDays(1) + " (Art 47)");
        }
        if (objection) {
            status = ContractStatus.NEGOTIATING;
            signedOn = null;
            startsOn = null;
            termMonths = null;
            expiresOn = null;
            renewalOpensOn = null;
            filingDueOn = null;
            filedOn = null;
            filedLate = false;
            bureau = null;
            reviewEndsOn = null;
        } else {
            takeEffect(on, false);
        }
    }

    /** Filed, with no answer from the bureau, and day 15 after receipt has passed (Art 47). */
    public boolean deemedEffectiveBy(LocalDate today) {
        return status == ContractStatus.FILED && today.isAfter(reviewEndsOn);
    }

    /** The scheduled job: effective on the 16th day after receipt. */
    public void applyDeemedEffect() {
        takeEffect(reviewEndsOn.plusDays(1), true);
    }

    private void takeEffect(LocalDate on, boolean deemed) {
        effectiveOn = on;
        deemedEffective = deemed;
        inForceFrom = on.isAfter(startsOn) ? on : startsOn;
        status = ContractStatus.EFFECTIVE;
    }

    public boolean renewalWindowOpen(LocalDate today) {
        return status == ContractStatus.EFFECTIVE && !today.isBefore(renewalOpensOn);
    }

    /** In effect and past its last day. */
    public boolean expiredBy(LocalDate today) {
        return status == ContractStatus.EFFECTIVE && today.isAfter(expiresOn);
    }

    public void expire() {
        expiredOn = expiresOn.plusDays(1);
        status = ContractStatus.EXPIRED;
    }

    /** A renewal is offered from 3 months before expiry on, or after expiry. */
    public void requireRenewable(LocalDate today) {
        if (status != ContractStatus.EFFECTIVE && status != ContractStatus.EXPIRED) {
            throw illegal("renewal");
        }
        if (status == ContractStatus.EFFECTIVE && today.isBefore(renewalOpensOn)) {
            throw ProblemException.invalidState("contract " + id + " expires on " + expiresOn + "; its renewal may be offered from "
                    + renewalOpensOn + " (Art 38)");
        }
    }

    /** 撤回 before signing. */
    public void withdraw(LocalDate on, String reason) {
        if (status != ContractStatus.OFFERED && status != ContractStatus.NEGOTIATING && status != ContractStatus.ADOPTED) {
            throw illegal("withdrawal");
        }
        status = ContractStatus.WITHDRAWN;
        closedOn = on;
        closeReason = reason;
    }

    /** The legal deadlines of the contract as it stands, with whether each is met or overdue today. */
    public List<Deadline> deadlines(LocalDate today) {
        List<Deadline> out = new ArrayList<>();
        boolean answered = answeredOn != null;
        out.add(new Deadline("ANSWER", answerDueOn, "集体合同规定 Art 32", answered, !answered && status == ContractStatus.OFFERED
                && today.isAfter(answerDueOn)));
        if (filingDueOn != null) {
            out.add(new Deadline("FILING", filingDueOn, "集体合同规定 Art 42", filedOn != null, filingOverdue(today)));
        }
        if (reviewEndsOn != null) {
            out.add(new Deadline("REVIEW", reviewEndsOn, "集体合同规定 Art 45-47", status != ContractStatus.FILED, false));
        }
        if (expiresOn != null && (status == ContractStatus.EFFECTIVE || status == ContractStatus.EXPIRED)) {
            out.add(new Deadline("RENEWAL_WINDOW", renewalOpensOn, "集体合同规定 Art 38", false, false));
            out.add(new Deadline("EXPIRY", expiresOn, "集体合同规定 Art 38", status == ContractStatus.EXPIRED, false));
        }
        return out;
    }

    private void require(ContractStatus expected, String step) {
        if (status != expected) {
            throw illegal(step);
        }
    }

    private ProblemException illegal(String step) {
        List<String> next = status.next();
        return ProblemException.invalidState("contract " + id + " is " + status + ": " + step + " is not allowed; allowed next: "
                + (next.isEmpty() ? "none" : String.join(", ", next)));
    }
}
