package cn.gonghui.bargaining.contract;

import cn.gonghui.orgreplica.ReplicaScope;
import cn.gonghui.events.Outbox;
import cn.gonghui.orgreplica.ReplicaEnterprise;
import cn.gonghui.orgreplica.ReplicaUnion;
import cn.gonghui.paging.Page;
import cn.gonghui.paging.PageRequest;
import cn.gonghui.problems.PastDates;
import cn.gonghui.problems.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Contracts through their legal life: offer, answer, rounds, the 职代会 vote, signing, filing, review, renewal.
 * The rules of each step are on {@link Contract}; here are scope, dates, the renewal link and the outbox.
 */
@ApplicationScoped
public class ContractService {

    /** What a list of contracts can be narrowed to. */
    public enum Overdue {
        /** offers past their 20th day without an answer (Art 32) */
        ANSWER,
        /** signed contracts past their 10th day without filing (Art 42) */
        FILING
    }

    static final Set<ContractStatus> CLOSED = Set.of(ContractStatus.REFUSED, ContractStatus.WITHDRAWN);

    /** At most this many renewals are started by one drive; the next drive takes the rest. */
    public static final int MAX_DRIVE = 500;

    /** In effect with the renewal window open (3 months before expiry), or expired, and no live renewal. */
    private static final String RENEWAL_DUE = " and ((c.status = cn.gonghui.bargaining.contract.ContractStatus.EFFECTIVE"
            + " and c.renewalOpensOn <= :today) or c.status = cn.gonghui.bargaining.contract.ContractStatus.EXPIRED)"
            + " and not exists (select r from Contract r where r.renewsId = c.id and r.status not in :closed)";

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    ReplicaScope unions;

    @Inject
    Outbox outbox;

    @Transactional
    public Contract offer(@NotNull @Valid ContractRequests.Offer request) {
        LocalDate on = PastDates.orToday(request.offeredOn(), clock, "offeredOn");
        ReplicaUnion union = unions.activeInScope(request.unionId(), "unionId");
        Contract c = Contract.offer(union.id, request.kind(), request.scope(), request.title().strip(), request.initiator(),
                covered(union, request.enterprises()), on);
        c.persistAndFlush();
        offerSent(c);
        return c;
    }

    /** The enterprises, each once, under the union, with no more workers than its headcount. */
    private List<CoveredEnterprise> covered(ReplicaUnion union, List<ContractRequests.Covered> requested) {
        List<CoveredEnterprise> out = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < requested.size(); i++) {
            ContractRequests.Covered r = requested.get(i);
            String field = "enterprises[" + i + "].enterpriseId";
            ReplicaEnterprise e = unions.enterpriseUnder(union, r.enterpriseId(), field);
            if (!seen.add(e.id)) {
                throw ProblemException.invalid(field, "enterprise " + e.id + " is named twice");
            }
            if (e.headcount != null && r.workers() > e.headcount) {
                throw ProblemException.invalid("enterprises[" + i + "].workers", "enterprise " + e.id + " has " + e.headcount
                        + " workers; no more can be covered");
            }
            out.add(new CoveredEnterprise(e.id, r.workers()));
        }
        return out;
    }

    private void offerSent(Contract c) {
        outbox.record("OfferSent", "contracts/" + c.id, new ContractEvents.OfferSent(c.id, c.unionId, c.kind, c.scope, c.initiator,
                ContractEvents.enterpriseIds(c), c.offeredOn, c.answerDueOn, c.renewsId));
    }

    /** The contract, if the caller reaches its union; 404 otherwise. */
    public Contract get(long id) {
        Contract c = Contract.findById(id);
        if (c == null || !unions.reaches(c.unionId)) {
            throw ProblemException.notFound("contract", id);
        }
        return c;
    }

    /** Contracts of a subtree, oldest first, narrowed by a covered enterprise, status, kind, an overdue deadline, or an open renewal window. */
    public Page<Contract> list(Long unionId, Long enterpriseId, ContractStatus status, ContractKind kind, Overdue overdue,
            boolean renewalDue, PageRequest page) {
        LocalDate today = LocalDate.now(clock);
        StringBuilder jpql = new StringBuilder("select c from Contract c, ReplicaUnion u where u.id = c.unionId and u.path like :prefix"
                + " and c.id > :after");
        if (status != null) {
            jpql.append(" and c.status = :status");
        }
        if (kind != null) {
            jpql.append(" and c.kind = :kind");
        }
        if (enterpriseId != null) {
            jpql.append(" and exists (select 1 from Contract c2 join c2.enterprises ce where c2.id = c.id and ce.enterpriseId = :enterpriseId)");
        }
        if (overdue == Overdue.ANSWER) {
            jpql.append(" and c.status = cn.gonghui.bargaining.contract.ContractStatus.OFFERED and c.answerDueOn < :today");
        } else if (overdue == Overdue.FILING) {
            jpql.append(" and c.status = cn.gonghui.bargaining.contract.ContractStatus.SIGNED and c.filingDueOn < :today");
        }
        if (renewalDue) {
            jpql.append(RENEWAL_DUE);
        }
        TypedQuery<Contract> q = em.createQuery(jpql + " order by c.id", Contract.class)
                .setParameter("prefix", unions.listPath(unionId) + "%")
                .setParameter("after", page.afterId())
                .setMaxResults(page.fetchSize());
        if (status != null) {
            q.setParameter("status", status);
        }
        if (kind != null) {
            q.setParameter("kind", kind);
        }
        if (enterpriseId != null) {
            q.setParameter("enterpriseId", enterpriseId);
        }
        if (overdue != null || renewalDue) {
            q.setParameter("today", today);
        }
        if (renewalDue) {
            q.setParameter("closed", CLOSED);
        }
        return page.page(q.getResultList(), c -> c.id);
    }

    @Transactional
    public Contract answer(long id, @NotNull @Valid ContractRequests.Answer request) {
        Contract c = get(id);
        c.answer(PastDates.orToday(request.answeredOn(), clock, "answeredOn"), request.accepted());
        em.flush();
        return c;
    }

    @Transactional
    public NegotiationRound round(long id, @NotNull @Valid ContractRequests.Round request) {
        Contract c = get(id);
        LocalDate held = PastDates.orToday(request.heldOn(), clock, "heldOn");
        c.checkRound(held, request.unionNegotiators(), request.employerNegotiators());
        NegotiationRound r = new NegotiationRound();
        r.contractId = c.id;
        r.roundNo = (int) NegotiationRound.count("contractId", c.id) + 1;
        r.heldOn = held;
        r.unionNegotiators = request.unionNegotiators();
        r.employerNegotiators = request.employerNegotiators();
        r.unionChief = request.unionChief().strip();
        r.employerChief = request.employerChief().strip();
        r.minutes = request.minutes().strip();
        r.proposals = request.proposals() == null || request.proposals().isBlank() ? null : request.proposals().strip();
        r.persistAndFlush();
        return r;
    }

    public List<NegotiationRound> rounds(long id) {
        return NegotiationRound.list("contractId = ?1 order by roundNo", get(id).id);
    }

    @Transactional
    public CongressVote vote(long id, @NotNull @Valid ContractRequests.Vote request) {
        Contract c = get(id);
        LocalDate held = PastDates.orToday(request.heldOn(), clock, "heldOn");
        CongressVote v = new CongressVote();
        v.contractId = c.id;
        v.heldOn = held;
        v.representatives = request.representatives();
        v.present = request.present();
        v.inFavour = request.inFavour();
        v.outcome = c.vote(held, v.representatives, v.present, v.inFavour, NegotiationRound.count("contractId", c.id));
        v.persist();
        em.flush();
        return v;
    }

    public List<CongressVote> votes(long id) {
        return CongressVote.list("contractId = ?1 order by id", get(id).id);
    }

    @Transactional
    public Contract sign(long id, @NotNull @Valid ContractRequests.Sign request) {
        Contract c = get(id);
        LocalDate on = PastDates.orToday(request.signedOn(), clock, "signedOn");
        c.sign(on, request.startsOn() == null ? on : request.startsOn(), request.termMonths());
        em.flush();
        outbox.record("ContractSigned", "contracts/" + c.id, new ContractEvents.ContractSigned(c.id, c.unionId, c.kind, c.scope,
                ContractEvents.enterpriseIds(c), c.workersCovered(), c.signedOn, c.startsOn, c.expiresOn, c.filingDueOn, c.renewsId));
        if (c.renewsId != null) {
            outbox.record("ContractRenewed", "contracts/" + c.id, new ContractEvents.ContractRenewed(c.id, c.renewsId, c.unionId, c.kind,
                    c.signedOn));
        }
        return c;
    }

    @Transactional
    public Contract file(long id, @NotNull @Valid ContractRequests.File request) {
        Contract c = get(id);
        c.file(PastDates.orToday(request.filedOn(), clock, "filedOn"), request.bureau().strip());
        em.flush();
        outbox.record("ContractFiled", "contracts/" + c.id, new ContractEvents.ContractFiled(c.id, c.unionId, c.filedOn, c.filedLate,
                c.reviewEndsOn));
        return c;
    }

    @Transactional
    public Contract review(long id, @NotNull @Valid ContractRequests.Review request) {
        Contract c = get(id);
        LocalDate on = PastDates.orToday(request.reviewedOn(), clock, "reviewedOn");
        boolean objection = request.outcome() == ContractRequests.ReviewOutcome.OBJECTION;
        c.review(on, objection);
        ContractReview r = new ContractReview();
        r.contractId = c.id;
        r.reviewedOn = on;
        r.outcome = request.outcome().name();
        r.notes = request.notes() == null || request.notes().isBlank() ? null : request.notes().strip();
        r.persist();
        em.flush();
        if (!objection) {
            effective(c);
        }
        return c;
    }

    void effective(Contract c) {
        outbox.record("ContractEffective", "contracts/" + c.id, new ContractEvents.ContractEffective(c.id, c.unionId, c.kind, c.scope,
                ContractEvents.enterpriseIds(c), c.workersCovered(), c.effectiveOn, c.deemedEffective, c.inForceFrom, c.expiresOn));
    }

    @Transactional
    public Contract withdraw(long id, @NotNull @Valid ContractRequests.Withdraw request) {
        Contract c = get(id);
        c.withdraw(LocalDate.now(clock), request.reason().strip());
        em.flush();
        return c;
    }

    /** 续签: a new offer linked to the contract it renews, from 3 months before expiry on; one live renewal per contract. */
    @Transactional
    public Contract renew(long id, @NotNull @Valid ContractRequests.Renew request) {
        return startRenewal(get(id), request, LocalDate.now(clock));
    }

    /**
     * 要约行动 / 百日要约: a renewal offer for every contract of the subtree whose renewal is due (as listed by
     * renewalDue=true), up to {@value #MAX_DRIVE}. A contract already being renewed is not due, so a drive run
     * twice starts nothing the second time.
     */
    @Transactional
    public List<Contract> renewalDrive(@NotNull @Valid ContractRequests.Drive request) {
        LocalDate today = LocalDate.now(clock);
        List<Contract> due = em.createQuery("select c from Contract c, ReplicaUnion u where u.id = c.unionId and u.path like :prefix"
                        + RENEWAL_DUE + " order by c.id", Contract.class)
                .setParameter("prefix", unions.listPath(request.unionId()) + "%")
                .setParameter("today", today)
                .setParameter("closed", CLOSED)
                .setMaxResults(MAX_DRIVE)
                .getResultList();
        ContractRequests.Renew renew = new ContractRequests.Renew(request.offeredOn(), request.initiator(), null, null);
        List<Contract> started = new ArrayList<>();
        for (Contract old : due) {
            started.add(startRenewal(old, renew, today));
        }
        return started;
    }

    private Contract startRenewal(Contract old, ContractRequests.Renew request, LocalDate today) {
        old.requireRenewable(today);
        Contract live = Contract.find("renewsId = ?1 and status not in ?2", old.id, CLOSED).firstResult();
        if (live != null) {
            throw ProblemException.conflict("id", "contract " + old.id + " is already being renewed by contract " + live.id);
        }
        LocalDate on = PastDates.orToday(request.offeredOn(), clock, "offeredOn");
        ReplicaUnion union = ReplicaUnion.findById(old.unionId);
        List<CoveredEnterprise> covered = request.enterprises() == null
                ? old.enterprises.stream().map(e -> new CoveredEnterprise(e.enterpriseId, e.workers)).toList()
                : covered(union, request.enterprises());
        Contract c = Contract.offer(old.unionId, old.kind, old.scope, request.title() == null || request.title().isBlank()
                ? old.title : request.title().strip(), request.initiator() == null ? Contract.Initiator.UNION : request.initiator(), covered, on);
        c.renewsId = old.id;
        c.persistAndFlush();
        offerSent(c);
        return c;
    }
}
