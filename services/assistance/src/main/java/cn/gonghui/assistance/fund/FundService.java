package cn.gonghui.assistance.fund;

import cn.gonghui.orgreplica.ReplicaScope;
import cn.gonghui.events.Outbox;
import cn.gonghui.orgreplica.ReplicaEnterprise;
import cn.gonghui.paging.Page;
import cn.gonghui.paging.PageRequest;
import cn.gonghui.paging.SubtreeQuery;
import cn.gonghui.problems.PastDates;
import cn.gonghui.problems.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Funds 资金 and every movement of their money that is not a grant: 拨入, 划转, 捐款, 下拨. */
@ApplicationScoped
public class FundService {

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    ReplicaScope unions;

    @Inject
    Ledger ledger;

    @Inject
    Outbox outbox;

    @Transactional
    public Fund open(@NotNull @Valid FundRequests.Open request) {
        unions.activeInScope(request.unionId(), "unionId");
        boolean restricted = request.kind() == FundKind.DONOR_RESTRICTED;
        if (restricted && (request.restriction() == null || request.restriction().isBlank())) {
            throw ProblemException.invalid("restriction", "is required for a DONOR_RESTRICTED fund");
        }
        String name = request.name().strip();
        if (Fund.count("name", name) > 0) {
            throw ProblemException.conflict("name", "a fund named " + name + " exists");
        }
        Fund f = new Fund();
        f.unionId = request.unionId();
        f.name = name;
        f.kind = request.kind();
        f.restriction = request.restriction() == null ? null : request.restriction().strip();
        f.openedOn = PastDates.orToday(request.openedOn(), clock, "openedOn");
        f.persistAndFlush();
        return f;
    }

    /** The fund, if the caller reaches its union; 404 otherwise. */
    public Fund get(long id) {
        Fund f = Fund.findById(id);
        if (f == null || !unions.reaches(f.unionId)) {
            throw ProblemException.notFound("fund", id);
        }
        return f;
    }

    /** A fund named in a request body, or a 400 naming the field. */
    public Fund named(long id, String field) {
        Fund f = Fund.findById(id);
        if (f == null || !unions.reaches(f.unionId)) {
            throw ProblemException.invalid(field, "fund " + id + " does not exist or is outside your scope");
        }
        return f;
    }

    public Page<Fund> list(Long unionId, PageRequest page) {
        return SubtreeQuery.of(Fund.class, "ReplicaUnion", "unionId", unions.listPath(unionId), page).fetch(em, f -> f.id);
    }

    /** The fund with its balance and version as stored now (the Ledger changes them by UPDATE, not through the entity). */
    public FundViews.FundView view(Fund f) {
        Object[] now = current(f.id);
        return new FundViews.FundView(f.id, f.unionId, f.name, f.kind, f.restriction, ((Number) now[0]).longValue(),
                ledger.accountBalance(f.id, Account.GRANTS_PAYABLE), f.openedOn, ((Number) now[1]).longValue());
    }

    public FundViews.Reconciliation reconcile(long id) {
        Fund f = get(id);
        long balance = ((Number) current(f.id)[0]).longValue();
        long lines = ledger.ledgerBalance(f.id);
        return new FundViews.Reconciliation(f.id, balance, lines, ledger.accountBalance(f.id, Account.GRANTS_PAYABLE),
                lines == balance && ledger.unbalancedPostings() == 0);
    }

    private Object[] current(long fundId) {
        return (Object[]) em.createNativeQuery("SELECT balance_fen, version FROM fund WHERE id = :id")
                .setParameter("id", fundId).getSingleResult();
    }

    public Page<LedgerLine> lines(long fundId, PageRequest page) {
        Fund f = get(fundId);
        List<LedgerLine> rows = LedgerLine.find("fundId = ?1 and id > ?2 order by id", f.id, page.afterId())
                .page(0, page.fetchSize()).list();
        return page.page(rows, l -> l.id);
    }

    @Transactional
    public FundMovement income(long fundId, @NotNull @Valid FundRequests.Income request) {
        Fund f = get(fundId);
        FundMovement m = new FundMovement();
        m.kind = FundMovement.Kind.INCOME;
        m.toFundId = f.id;
        m.amountFen = request.amountFen();
        m.movedOn = onOrAfterOpening(request.on(), f, "on");
        m.purpose = request.purpose().strip();
        m.postingId = UUID.randomUUID();
        m.persistAndFlush();
        ledger.post(m.postingId, PostingKind.INCOME, m.movedOn, "movements/" + m.id, "amountFen",
                Ledger.into(f.id, Account.UNION_BUDGET, m.amountFen));
        return m;
    }

    @Transactional
    public FundMovement transfer(long fundId, @NotNull @Valid FundRequests.Transfer request) {
        Fund from = get(fundId);
        Fund to = named(request.toFundId(), "toFundId");
        if (from.id.equals(to.id)) {
            throw ProblemException.invalid("toFundId", "must be another fund");
        }
        if (from.kind == FundKind.DONOR_RESTRICTED) {
            throw ProblemException.invalid("fundId", "money given for " + from.restriction + " stays in its fund");
        }
        FundMovement m = new FundMovement();
        m.kind = FundMovement.Kind.TRANSFER;
        m.fromFundId = from.id;
        m.toFundId = to.id;
        m.amountFen = request.amountFen();
        m.movedOn = notBeforeLatest(from.id, onOrAfterOpening(onOrAfterOpening(request.on(), to, "on"), from, "on"), "on");
        m.purpose = request.purpose().strip();
        m.postingId = UUID.randomUUID();
        m.persistAndFlush();
        ledger.post(m.postingId, PostingKind.TRANSFER, m.movedOn, "movements/" + m.id, "amountFen", List.of(
                new Ledger.Line(Account.FUND, from.id, -m.amountFen), new Ledger.Line(Account.FUND, to.id, m.amountFen)));
        return m;
    }

    @Transactional
    public Donation donate(@NotNull @Valid FundRequests.Donate request) {
        unions.activeInScope(request.unionId(), "unionId");
        Fund f = named(request.fundId(), "fundId");
        if (request.enterpriseId() != null) {
            if (request.donorKind() != Donation.DonorKind.UNIT) {
                throw ProblemException.invalid("enterpriseId", "names a donor unit; a PERSON donor has none");
            }
            unions.enterpriseInScope(request.enterpriseId(), "enterpriseId");
        }
        String receipt = request.receiptNumber().strip();
        if (Donation.count("receiptNumber", receipt) > 0) {
            throw ProblemException.conflict("receiptNumber", "receipt " + receipt + " is already recorded");
        }
        Donation d = new Donation();
        d.unionId = request.unionId();
        d.fundId = f.id;
        d.donorKind = request.donorKind();
        d.donorName = request.donorName().strip();
        d.enterpriseId = request.enterpriseId();
        d.drive = request.drive() == null || request.drive().isBlank() ? null : request.drive().strip();
        d.amountFen = request.amountFen();
        d.receivedOn = onOrAfterOpening(request.receivedOn(), f, "receivedOn");
        d.receiptNumber = receipt;
        d.postingId = UUID.randomUUID();
        d.persistAndFlush();
        ledger.post(d.postingId, PostingKind.DONATION, d.receivedOn, "donations/" + d.id, "amountFen",
                Ledger.into(f.id, Account.DONORS, d.amountFen));
        outbox.record("DonationReceived", "donations/" + d.id, new DonationReceived(d.id, d.fundId, d.unionId, d.donorKind,
                d.enterpriseId, d.drive, d.amountFen, d.receivedOn));
        return d;
    }

    public Donation donation(long id) {
        Donation d = Donation.findById(id);
        if (d == null || !unions.reaches(d.unionId)) {
            throw ProblemException.notFound("donation", id);
        }
        return d;
    }

    /** Undoes a donation recorded by mistake: a reversing posting (409 when the fund no longer holds it), never an edit. */
    @Transactional
    public Donation reverse(long id, @NotNull @Valid FundRequests.Reverse request) {
        Donation d = em.find(Donation.class, donation(id).id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        LocalDate on = notBeforeLatest(d.fundId, PastDates.orToday(request.on(), clock, "on"), "on");
        d.reverse(on, request.reason().strip());
        ledger.post(UUID.randomUUID(), PostingKind.DONATION, on, "donations/" + d.id + "/reversal", "amountFen",
                List.of(new Ledger.Line(Account.FUND, d.fundId, -d.amountFen), new Ledger.Line(Account.DONORS, d.fundId, d.amountFen)));
        em.flush();
        return d;
    }

    public Page<Donation> donations(Long unionId, Long fundId, String drive, PageRequest page) {
        return SubtreeQuery.of(Donation.class, "ReplicaUnion", "unionId", unions.listPath(unionId), page)
                .where("fundId", fundId)
                .where("drive", drive)
                .fetch(em, d -> d.id);
    }

    /** 表彰: only a donor that gave in the union's subtree by the commendation day; once per title and union. */
    @Transactional
    public Commendation commend(@NotNull @Valid FundRequests.Commend request) {
        String path = unions.activeInScope(request.unionId(), "unionId").path;
        LocalDate on = PastDates.orToday(request.commendedOn(), clock, "commendedOn");
        String donor = request.donorName().strip();
        String title = request.title().strip();
        Number given = (Number) em.createNativeQuery("SELECT coalesce(sum(d.amount_fen), 0) FROM donation d"
                        + " JOIN replica_union u ON u.id = d.union_id WHERE u.path LIKE :prefix AND d.donor_name = :donor"
                        + " AND d.donor_kind = :kind AND d.received_on <= :on AND d.reversed_on IS NULL")
                .setParameter("prefix", path + "%").setParameter("donor", donor).setParameter("kind", request.donorKind().name())
                .setParameter("on", on).getSingleResult();
        if (given.longValue() == 0) {
            throw ProblemException.invalid("donorName", donor + " has no donation recorded in union " + request.unionId()
                    + "'s subtree by " + on);
        }
        if (Commendation.count("unionId = ?1 and donorName = ?2 and title = ?3", request.unionId(), donor, title) > 0) {
            throw ProblemException.conflict("title", donor + " was already commended as " + title);
        }
        Commendation c = new Commendation();
        c.unionId = request.unionId();
        c.donorName = donor;
        c.donorKind = request.donorKind();
        c.title = title;
        c.commendedOn = on;
        c.donatedFen = given.longValue();
        c.persistAndFlush();
        return c;
    }

    public Page<Commendation> commendations(Long unionId, PageRequest page) {
        return SubtreeQuery.of(Commendation.class, "ReplicaUnion", "unionId", unions.listPath(unionId), page).fetch(em, c -> c.id);
    }

    @Transactional
    public UnitAllocation allocate(long fundId, @NotNull @Valid FundRequests.Allocate request) {
        Fund f = get(fundId);
        UnitAllocation a = new UnitAllocation();
        a.fundId = f.id;
        a.recipientKind = request.recipientKind();
        if (request.recipientKind() == UnitAllocation.RecipientKind.UNION) {
            if (request.unionId() == null) {
                throw ProblemException.invalid("unionId", "is required when recipientKind is UNION");
            }
            if (request.enterpriseId() != null) {
                throw ProblemException.invalid("enterpriseId", "must be empty when recipientKind is UNION");
            }
            a.unionId = unions.activeInScope(request.unionId(), "unionId").id;
        } else {
            if (request.enterpriseId() == null) {
                throw ProblemException.invalid("enterpriseId", "is required when recipientKind is ENTERPRISE");
            }
            ReplicaEnterprise e = unions.enterpriseInScope(request.enterpriseId(), "enterpriseId");
            if (request.unionId() != null && !request.unionId().equals(e.unionId)) {
                throw ProblemException.invalid("unionId", "must be empty or the enterprise's union " + e.unionId);
            }
            a.enterpriseId = e.id;
            a.unionId = e.unionId;
        }
        a.amountFen = request.amountFen();
        a.allocatedOn = notBeforeLatest(f.id, onOrAfterOpening(request.on(), f, "on"), "on");
        a.purpose = request.purpose().strip();
        a.postingId = UUID.randomUUID();
        a.persistAndFlush();
        ledger.post(a.postingId, PostingKind.UNIT_ALLOCATION, a.allocatedOn, "allocations/" + a.id, "amountFen",
                Ledger.outOf(f.id, Account.UNIT_ALLOCATIONS, a.amountFen));
        return a;
    }

    public Page<UnitAllocation> allocations(Long unionId, Long fundId, PageRequest page) {
        return SubtreeQuery.of(UnitAllocation.class, "ReplicaUnion", "unionId", unions.listPath(unionId), page)
                .where("fundId", fundId)
                .fetch(em, a -> a.id);
    }


    /**
     * Money going out of a fund is dated no earlier than the fund's latest ledger line: a backdated outflow
     * could make the balance as of a past day negative although today's covers it.
     */
    private LocalDate notBeforeLatest(long fundId, LocalDate on, String field) {
        Object latest = em.createNativeQuery("SELECT max(posted_on) FROM ledger_line WHERE fund_id = :fund AND account = 'FUND'")
                .setParameter("fund", fundId).getSingleResult();
        LocalDate last = latest == null ? null : latest instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) latest;
        if (last != null && on.isBefore(last)) {
            throw ProblemException.invalid(field, "money leaves fund " + fundId + " no earlier than its latest entry (" + last + ")");
        }
        return on;
    }

    private LocalDate onOrAfterOpening(LocalDate date, Fund f, String field) {
        LocalDate on = PastDates.orToday(date, clock, field);
        if (on.isBefore(f.openedOn)) {
            throw ProblemException.invalid(field, "must not be before fund " + f.id + " opened (" + f.openedOn + ")");
        }
        return on;
    }
}
