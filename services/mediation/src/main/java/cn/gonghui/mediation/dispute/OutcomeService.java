package cn.gonghui.mediation.dispute;

import cn.gonghui.events.Outbox;
import cn.gonghui.mediation.centre.Mediator;
import cn.gonghui.problems.Preconditions;
import cn.gonghui.problems.ProblemException;
import cn.gonghui.scope.Caller;
import cn.gonghui.scope.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Outcomes of a case: the agreement 调解协议 with its terms, the signatures that make it binding, the payments
 * received against it, the referral to arbitration 仲裁衔接 with the limitation date, the withdrawal 撤回, and
 * the case file 立卷.
 */
@ApplicationScoped
public class OutcomeService {

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    CaseAccess access;

    @Inject
    Outbox outbox;

    @Transactional
    public DisputeCase agreement(long id, String ifMatch, @NotNull @Valid CaseRequests.Agreement request) {
        LocalDate today = LocalDate.now(clock);
        DisputeCase c = access.locked(id);
        Preconditions.requireMatch(ifMatch, c.version);
        c.draftAgreement(today, Signature.count("caseId", c.id) > 0);
        List<CaseLedger.Proposed> proposed = request.terms().stream()
                .map(t -> new CaseLedger.Proposed(t.claimId(), t.amountFen(), t.dueOn())).toList();
        CaseLedger.checkTerms(Claim.list("caseId", c.id), proposed, today);
        AgreementTerm.delete("caseId", c.id);
        for (CaseLedger.Proposed p : proposed) {
            AgreementTerm t = new AgreementTerm();
            t.caseId = c.id;
            t.claimId = p.claimId();
            t.amountFen = p.amountFen();
            t.dueOn = p.dueOn();
            t.persist();
        }
        em.flush();
        return c;
    }

    /** One party signs; the third signature makes the agreement binding (CaseMediated). Only the case's mediator signs for the mediator. */
    @Transactional
    public DisputeCase sign(long id, @NotNull @Valid CaseRequests.Sign request) {
        LocalDate today = LocalDate.now(clock);
        DisputeCase c = access.locked(id);
        LocalDate on = request.signedOn() == null ? today : request.signedOn();
        if (on.isAfter(today)) {
            throw ProblemException.invalid("signedOn", "must not be in the future");
        }
        String signer;
        if (request.party() == Signature.Party.MEDIATOR) {
            Mediator m = c.mediatorId == null ? null : Mediator.findById(c.mediatorId);
            if (m == null || !caller.is(Roles.MEDIATOR) || !m.subject.equals(caller.subject())) {
                throw ProblemException.forbidden("only the case's mediator signs for the mediator");
            }
            signer = m.name;
        } else if (request.signerName() == null || request.signerName().isBlank()) {
            throw ProblemException.invalid("signerName", "is required for the " + request.party());
        } else {
            signer = request.signerName().strip();
        }
        Set<Signature.Party> already = Signature.<Signature>list("caseId", c.id).stream().map(s -> s.party)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Signature.Party.class)));
        boolean binding = c.sign(request.party(), already, on);
        Signature s = new Signature();
        s.caseId = c.id;
        s.party = request.party();
        s.signerName = signer;
        s.signedOn = on;
        s.recordedBy = caller.subject();
        s.persist();
        em.flush();
        if (binding) {
            CaseLedger ledger = ledger(c);
            outbox.record("CaseMediated", "cases/" + c.id, new CaseEvents.CaseMediated(c.id, c.centreId, c.unionId, c.memberId,
                    c.mediatedOn, ledger.claimedFen(), ledger.agreedFen()));
        }
        return c;
    }

    /** 履行: a payment against one term; the one that completes the agreement closes the case (CaseClosed PAID_IN_FULL). */
    @Transactional
    public Payment pay(long id, @NotNull @Valid CaseRequests.Pay request) {
        LocalDate today = LocalDate.now(clock);
        DisputeCase c = access.locked(id);
        AgreementTerm term = AgreementTerm.findById(request.termId());
        if (term == null || !term.caseId.equals(c.id)) {
            throw ProblemException.invalid("termId", "term " + request.termId() + " is not a term of case " + c.id);
        }
        LocalDate on = request.paidOn() == null ? today : request.paidOn();
        if (on.isAfter(today)) {
            throw ProblemException.invalid("paidOn", "must not be in the future");
        }
        c.requirePayable(term.amountFen, ledger(c).paidFen(term), request.amountFen(), on);
        Payment p = new Payment();
        p.caseId = c.id;
        p.termId = term.id;
        p.amountFen = request.amountFen();
        p.paidOn = on;
        p.reference = request.reference() == null || request.reference().isBlank() ? null : request.reference().strip();
        p.recordedBy = caller.subject();
        p.persistAndFlush();
        CaseLedger ledger = ledger(c);
        outbox.record("PaymentRecovered", "cases/" + c.id, new CaseEvents.PaymentRecovered(c.id, p.id, c.unionId, c.memberId,
                p.amountFen, p.paidOn, ledger.paidFen(), ledger.agreedFen()));
        if (ledger.fullyPaid()) {
            c.settle(on);
            outbox.record("CaseClosed", "cases/" + c.id, new CaseEvents.CaseClosed(c.id, c.unionId, c.memberId, "PAID_IN_FULL",
                    c.closedOn, ledger.agreedFen(), ledger.paidFen()));
        }
        em.flush();
        return p;
    }

    public List<Payment> payments(long id) {
        return Payment.list("caseId = ?1 order by paidOn, id", access.get(id).id);
    }

    /** 仲裁衔接: each claim gets the last day to apply for arbitration (Art 27), and those fit for a payment order are flagged. */
    @Transactional
    public DisputeCase refer(long id, @NotNull @Valid CaseRequests.Refer request) {
        LocalDate today = LocalDate.now(clock);
        DisputeCase c = access.locked(id);
        if (request.employmentEndedOn() != null && request.employmentEndedOn().isAfter(today)) {
            throw ProblemException.invalid("employmentEndedOn", "must not be in the future");
        }
        c.refer(request.reason(), today, request.note() == null || request.note().isBlank() ? null : request.note().strip());
        if (request.employmentEndedOn() != null) {
            c.stillEmployed = false;
            c.employmentEndedOn = request.employmentEndedOn();
        }
        List<Claim> claims = Claim.list("caseId = ?1 order by id", c.id);
        for (Claim claim : claims) {
            claim.limitationOn = Limitation.lastDay(claim.category, c.stillEmployed, today);
        }
        em.flush();
        outbox.record("CaseReferredToArbitration", "cases/" + c.id, new CaseEvents.CaseReferredToArbitration(c.id, c.centreId,
                c.unionId, c.memberId, c.referralReason, c.referredOn, claims.stream().map(cl -> new CaseEvents.ReferredClaim(cl.id,
                        cl.category, cl.claimedFen, cl.limitationOn, ClaimCategory.PAYMENT_ORDER.contains(cl.category))).toList()));
        return c;
    }

    /** 撤回: the applicant (a member from the phone, or staff for them) ends the case. */
    @Transactional
    public DisputeCase withdraw(long id, @NotNull @Valid CaseRequests.Withdraw request) {
        LocalDate today = LocalDate.now(clock);
        DisputeCase c = access.locked(id);
        c.withdraw(today, request.reason().strip());
        em.flush();
        CaseLedger ledger = ledger(c);
        outbox.record("CaseClosed", "cases/" + c.id, new CaseEvents.CaseClosed(c.id, c.unionId, c.memberId, "WITHDRAWN", today,
                ledger.agreedFen(), ledger.paidFen()));
        return c;
    }

    /** 立卷: the next number of the centre for this year and file type, taken under the counter's row lock. */
    @Transactional
    public DisputeCase file(long id, @NotNull @Valid CaseRequests.File request) {
        LocalDate today = LocalDate.now(clock);
        DisputeCase c = access.locked(id);
        c.requireFileable();
        int seq = ((Number) em.createNativeQuery("INSERT INTO case_file_counter (centre_id, file_year, file_type, last_seq)"
                        + " VALUES (:centre, :year, :type, 1) ON CONFLICT (centre_id, file_year, file_type)"
                        + " DO UPDATE SET last_seq = case_file_counter.last_seq + 1 RETURNING last_seq")
                .setParameter("centre", c.centreId).setParameter("year", today.getYear()).setParameter("type", request.type().name())
                .getSingleResult()).intValue();
        c.file(request.type(), today.getYear(), seq, today);
        em.flush();
        return c;
    }

    private static CaseLedger ledger(DisputeCase c) {
        return new CaseLedger(Claim.list("caseId", c.id), AgreementTerm.list("caseId", c.id), Payment.list("caseId", c.id));
    }
}
