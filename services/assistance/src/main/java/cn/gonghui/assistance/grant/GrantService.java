package cn.gonghui.assistance.grant;

import cn.gonghui.assistance.campaign.Campaign;
import cn.gonghui.assistance.campaign.CampaignBudget;
import cn.gonghui.assistance.campaign.CampaignService;
import cn.gonghui.assistance.campaign.Eligibility;
import cn.gonghui.assistance.campaign.HelpKind;
import cn.gonghui.assistance.fund.Account;
import cn.gonghui.assistance.fund.Ledger;
import cn.gonghui.assistance.fund.PostingKind;
import cn.gonghui.assistance.hardship.HardshipFile;
import cn.gonghui.assistance.hardship.HardshipService;
import cn.gonghui.assistance.hardship.HardshipStatus;
import cn.gonghui.assistance.hardship.HomeVisit;
import cn.gonghui.assistance.visit.ModelWorker;
import cn.gonghui.orgreplica.ReplicaScope;
import cn.gonghui.persons.Identities;
import cn.gonghui.persons.Identity;
import cn.gonghui.events.Outbox;
import cn.gonghui.orgreplica.ReplicaMember;
import cn.gonghui.orgreplica.ReplicaMembers;
import cn.gonghui.orgreplica.ReplicaUnion;
import cn.gonghui.paging.Page;
import cn.gonghui.paging.PageRequest;
import cn.gonghui.paging.SubtreeQuery;
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
import java.util.List;
import java.util.UUID;

/**
 * The grant workflow 申请 → 核查 → 审批 → 公示 → 发放, with the money: an approval commits the amount from
 * the campaign's budget and the fund (409 when either is short), an upheld objection gives it back, and
 * the payment moves it from payable to paid, once.
 */
@ApplicationScoped
public class GrantService {

    /** Where a grant application keeps the masked ID number only; the sealed one stays with the file or nowhere. */
    static final String ID_CONTEXT = "grant_application.id_number";

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    ReplicaScope unions;

    @Inject
    Caller caller;

    @Inject
    Identities identities;

    @Inject
    CampaignService campaigns;

    @Inject
    CampaignBudget budgets;

    @Inject
    HardshipService files;

    @Inject
    ReplicaMembers members;

    @Inject
    Ledger ledger;

    @Inject
    Outbox outbox;

    /** An officer applies for a hardship household (fileId) or for any worker (idNumber, name, unionId). */
    @Transactional
    public Grant apply(@NotNull @Valid GrantRequests.Apply request) {
        LocalDate today = LocalDate.now(clock);
        Campaign campaign = campaigns.named(request.campaignId(), "campaignId");
        campaign.requireOpen(today);
        Grant g = new Grant();
        g.channel = Grant.Channel.OFFICER;
        if (request.fileId() != null) {
            absentWithFile(request.idNumber(), "idNumber");
            absentWithFile(request.name(), "name");
            absentWithFile(request.unionId(), "unionId");
            HardshipFile file = files.get(request.fileId());
            if (file.status != HardshipStatus.ACTIVE) {
                throw ProblemException.invalid("fileId", "hardship file " + file.id + " is closed");
            }
            forFile(g, file);
            g.migrant = request.migrant() == null ? file.migrant : request.migrant();
        } else {
            if (request.unionId() == null) {
                throw ProblemException.invalid("unionId", "is required without a fileId");
            }
            if (request.name() == null || request.name().isBlank()) {
                throw ProblemException.invalid("name", "is required without a fileId");
            }
            g.unionId = unions.activeInScope(request.unionId(), "unionId").id;
            Identity who = identities.of(request.idNumber(), "idNumber", ID_CONTEXT);
            HardshipFile open = HardshipFile.find("personId = ?1 and status = ?2", who.personId(), HardshipStatus.ACTIVE).firstResult();
            if (open != null && unions.reaches(open.unionId)) {
                forFile(g, open); // the person's household is on file: the grant helps that household
            } else {
                forPerson(g, who, request.name());
            }
            g.migrant = Boolean.TRUE.equals(request.migrant());
        }
        g.category = request.category() != null ? request.category()
                : g.fileId != null ? RecipientCategory.HARDSHIP : RecipientCategory.OTHER;
        return submit(g, campaign, request.amountFen(), request.inKind(), request.reason(), today);
    }

    /** A member applies from the phone for themselves; the ID number must be theirs (membership's registry says so). */
    @Transactional
    public Grant applyAsMember(@NotNull @Valid GrantRequests.ApplySelf request) {
        LocalDate today = LocalDate.now(clock);
        long memberId = caller.requireMemberId();
        Campaign campaign = campaigns.forMember(request.campaignId());
        Identity who = identities.of(request.idNumber(), "idNumber", ID_CONTEXT);
        if (who.memberId() == null || who.memberId() != memberId) {
            throw ProblemException.forbidden("this ID number is not the one of your membership");
        }
        ReplicaMember member = members.find(memberId).filter(m -> m.status == ReplicaMember.Status.ACTIVE)
                .orElseThrow(() -> ProblemException.invalidState("your membership is not known to assistance yet; try again later"));
        ReplicaUnion union = ReplicaUnion.findById(member.unionId);
        if (union == null || campaign.unionId == null || !union.path.contains("/" + campaign.unionId + "/")) {
            throw ProblemException.invalid("campaignId", "campaign " + campaign.id + " is not run for your union");
        }
        campaign.requireOpen(today);
        Grant g = new Grant();
        g.channel = Grant.Channel.MEMBER_APP;
        HardshipFile file = HardshipFile.find("personId = ?1 and status = ?2", who.personId(), HardshipStatus.ACTIVE).firstResult();
        if (file != null) {
            forFile(g, file);
        } else {
            g.unionId = member.unionId;
            forPerson(g, who, request.name());
        }
        g.memberId = memberId;
        g.migrant = request.migrant();
        g.category = file != null ? RecipientCategory.HARDSHIP : RecipientCategory.OTHER;
        // a member on the phone cannot be expected to name the goods: an in-kind campaign gives what it is named for
        String inKind = request.inKind() == null || request.inKind().isBlank()
                ? (campaign.help == HelpKind.IN_KIND ? campaign.name : null) : request.inKind();
        return submit(g, campaign, request.amountFen(), inKind, request.reason(), today);
    }

    private static void absentWithFile(Object value, String field) {
        if (value != null) {
            throw ProblemException.invalid(field, "must be empty when fileId is given (the file says who it is)");
        }
    }

    private static void forFile(Grant g, HardshipFile file) {
        g.fileId = file.id;
        g.unionId = file.unionId;
        g.personId = file.personId;
        g.memberId = file.memberId;
        g.name = file.name;
        g.idNumberMasked = file.idNumberMasked;
        g.gender = file.gender;
        g.householdKey = "file:" + file.id;
    }

    private static void forPerson(Grant g, Identity who, String name) {
        g.personId = who.personId();
        g.memberId = who.memberId();
        g.name = name.strip();
        g.idNumberMasked = who.idNumberMasked();
        g.gender = who.gender();
        g.householdKey = "person:" + who.personId();
    }

    private Grant submit(Grant g, Campaign campaign, Long amountFen, String inKind, String reason, LocalDate today) {
        ReplicaUnion grantUnion = ReplicaUnion.findById(g.unionId);
        if (grantUnion == null || !grantUnion.path.contains("/" + campaign.unionId + "/")) {
            throw ProblemException.invalid("campaignId", "campaign " + campaign.id + " is run for union " + campaign.unionId
                    + " and the unions under it, not for union " + g.unionId);
        }
        eligible(g, campaign);
        Long amount = amountFen != null ? amountFen : campaign.defaultAmount();
        if (amount == null) {
            throw ProblemException.invalid("amountFen", "is required: campaign " + campaign.id + " pays between "
                    + campaign.minAmountFen + " and " + campaign.maxAmountFen + " fen");
        }
        campaign.requireAmount(amount, "amountFen");
        if (campaign.help == HelpKind.IN_KIND && (inKind == null || inKind.isBlank())) {
            throw ProblemException.invalid("inKind", "say what is given (help in kind)");
        }
        Grant held = Grant.find("campaignId = ?1 and personId = ?2 and status in ?3", campaign.id, g.personId, Grant.LIVE).firstResult();
        if (held != null) {
            throw ProblemException.conflict(g.fileId != null ? "fileId" : "idNumber", "this person already has a grant in campaign "
                    + campaign.id + (!caller.is(Roles.MEMBER) && unions.reaches(held.unionId) ? " (grant " + held.id + ")"
                    : ", applied through another union"));
        }
        g.campaignId = campaign.id;
        g.amountFen = amount;
        g.inKind = inKind == null || inKind.isBlank() ? null : inKind.strip();
        g.reason = reason.strip();
        g.status = GrantStatus.SUBMITTED;
        g.submittedOn = today;
        g.persistAndFlush();
        return g;
    }

    private void eligible(Grant g, Campaign campaign) {
        String field = g.fileId != null ? "fileId" : "idNumber";
        if (campaign.womenOnly && !"FEMALE".equals(g.gender)) {
            throw ProblemException.invalid(field, "campaign " + campaign.id + " is for women workers");
        }
        if (campaign.eligibility == Eligibility.HARDSHIP_FILE && g.fileId == null) {
            throw ProblemException.invalid(field, "campaign " + campaign.id + " helps registered hardship households only (建档困难职工)");
        }
        if (campaign.eligibility == Eligibility.MEMBER && g.memberId == null) {
            throw ProblemException.invalid(field, "campaign " + campaign.id + " helps union members only, and this person is not one");
        }
        if (campaign.eligibility == Eligibility.MODEL_WORKER
                && (g.memberId == null || ModelWorker.count("memberId = ?1 and revokedOn is null", g.memberId) == 0)) {
            throw ProblemException.invalid(field, "campaign " + campaign.id + " helps model workers (劳模) only, and this person holds no such honour");
        }
    }

    /** The grant, if the caller reaches its union (a member: grants to themselves only); 404 otherwise. */
    public Grant get(long id) {
        Grant g = Grant.findById(id);
        if (g == null || !visible(g)) {
            throw ProblemException.notFound("grant", id);
        }
        return g;
    }

    private boolean visible(Grant g) {
        if (caller.is(Roles.MEMBER)) {
            return caller.memberId().map(own -> own.equals(g.memberId)).orElse(false);
        }
        return unions.reaches(g.unionId);
    }

    public Page<Grant> list(Long unionId, Long campaignId, GrantStatus status, PageRequest page) {
        return SubtreeQuery.of(Grant.class, "ReplicaUnion", "unionId", unions.listPath(unionId), page)
                .where("campaignId", campaignId)
                .where("status", status)
                .fetch(em, g -> g.id);
    }

    /** A member's own grants, applied from the phone or entered for them, oldest first. */
    public Page<Grant> mine(PageRequest page) {
        List<Grant> rows = Grant.find("memberId = ?1 and id > ?2 order by id", caller.requireMemberId(), page.afterId())
                .page(0, page.fetchSize()).list();
        return page.page(rows, g -> g.id);
    }

    @Transactional
    public Grant verify(long id, @NotNull @Valid GrantRequests.Verify request) {
        LocalDate today = LocalDate.now(clock);
        Grant g = get(id);
        LocalDate visited = request.visitedOn() == null ? today : request.visitedOn();
        if (visited.isAfter(today) || visited.isBefore(g.submittedOn.minusDays(90))) {
            throw ProblemException.invalid("visitedOn", "must lie between 90 days before the application and today");
        }
        g.verify(today, request.findings().strip());
        if (g.fileId != null) {
            HomeVisit v = new HomeVisit();
            v.fileId = g.fileId;
            v.visitedOn = visited;
            v.visitor = caller.subject();
            v.findings = "grant " + g.id + ": " + request.findings().strip();
            v.persist();
        }
        em.flush();
        return g;
    }

    /** 审批: commits the amount from the campaign's budget and (cash) the fund, then opens public notice. */
    @Transactional
    public Grant approve(long id, @NotNull @Valid GrantRequests.Approve request) {
        LocalDate today = LocalDate.now(clock);
        Grant g = get(id);
        Campaign campaign = campaignsOwnUnion(g);
        g.approve(today, request.decisionRef().strip(), campaign.noticeEndsOn(today));
        budgets.commit(campaign, g.amountFen);
        if (campaign.help == HelpKind.CASH) {
            ledger.post(UUID.randomUUID(), PostingKind.GRANT_APPROVED, today, "grants/" + g.id, "amountFen",
                    Ledger.outOf(campaign.fundId, Account.GRANTS_PAYABLE, g.amountFen));
        }
        em.flush();
        outbox.record("GrantApproved", "grants/" + g.id, new GrantEvents.GrantApproved(g.id, campaign.id, campaign.kind,
                campaign.fundId, g.unionId, g.memberId, g.amountFen, g.approvedOn, g.noticeEndsOn));
        return g;
    }

    @Transactional
    public Grant reject(long id, @NotNull @Valid GrantRequests.Close request) {
        Grant g = get(id);
        g.reject(LocalDate.now(clock), request.reason().strip());
        em.flush();
        return g;
    }

    @Transactional
    public Grant withdraw(long id, @NotNull @Valid GrantRequests.Close request) {
        Grant g = get(id);
        g.withdraw(LocalDate.now(clock), request.reason().strip());
        em.flush();
        return g;
    }

    /**
     * The grant's campaign, when the caller acts for the union that runs it (or one above): its committee
     * approves and decides objections, with its money. A street officer checks a grant of a district
     * campaign but does not approve it.
     */
    private Campaign campaignsOwnUnion(Grant g) {
        Campaign campaign = Campaign.findById(g.campaignId);
        if (!unions.reaches(campaign.unionId)) {
            throw ProblemException.forbidden("grants of campaign " + campaign.id + " are approved by its union " + campaign.unionId);
        }
        return campaign;
    }

    /** 发放, once: the same payment reference again returns the grant as it is; another one is a 409. */
    @Transactional
    public Grant disburse(long id, @NotNull @Valid GrantRequests.Disburse request) {
        LocalDate today = LocalDate.now(clock);
        Grant g = get(id);
        em.refresh(g, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE); // see object(): they take turns on the grant's row
        String reference = request.paymentReference().strip();
        if (g.status == GrantStatus.DISBURSED) {
            if (reference.equals(g.paymentReference)) {
                return g;
            }
            throw ProblemException.conflict("paymentReference", "grant " + g.id + " was paid on " + g.disbursedOn + " under another reference");
        }
        if (Grant.count("paymentReference", reference) > 0) {
            throw ProblemException.conflict("paymentReference", "payment reference " + reference + " was used for another grant");
        }
        g.disburse(today, reference, Objection.count("grantId = ?1 and status = ?2", g.id, Objection.Status.OPEN) > 0);
        Campaign campaign = Campaign.findById(g.campaignId);
        if (campaign.help == HelpKind.CASH) {
            ledger.post(UUID.randomUUID(), PostingKind.GRANT_DISBURSED, today, "grants/" + g.id, "amountFen", List.of(
                    new Ledger.Line(Account.GRANTS_PAYABLE, campaign.fundId, -g.amountFen),
                    new Ledger.Line(Account.GRANTS_PAID, campaign.fundId, g.amountFen)));
        }
        em.flush();
        outbox.record("GrantDisbursed", "grants/" + g.id, new GrantEvents.GrantDisbursed(g.id, campaign.id, campaign.kind,
                campaign.fundId, g.unionId, g.memberId, g.amountFen, g.disbursedOn));
        return g;
    }

    /** 公示异议, taken only while the grant is on notice. */
    @Transactional
    public Objection object(long id, @NotNull @Valid GrantRequests.Raise request) {
        LocalDate today = LocalDate.now(clock);
        Grant g = get(id);
        // an objection and a payment of the same grant take turns: a payment cannot miss an objection being recorded
        em.refresh(g, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (!g.onNotice(today)) {
            throw ProblemException.invalidState("grant " + g.id + " is not on public notice"
                    + (g.noticeEndsOn != null ? " (notice ended " + g.noticeEndsOn + ")" : ""));
        }
        Objection o = new Objection();
        o.grantId = g.id;
        o.raisedOn = today;
        o.statement = request.statement().strip();
        o.status = Objection.Status.OPEN;
        o.persistAndFlush();
        return o;
    }

    public List<Objection> objections(long id) {
        return Objection.list("grantId = ?1 order by id", get(id).id);
    }

    /** Upheld: the grant is cancelled and its money goes back to the campaign's budget and the fund. */
    @Transactional
    public Objection resolve(long grantId, long objectionId, @NotNull @Valid GrantRequests.Resolve request) {
        LocalDate today = LocalDate.now(clock);
        Grant g = get(grantId);
        Objection o = Objection.findById(objectionId);
        if (o == null || !o.grantId.equals(g.id)) {
            throw ProblemException.notFound("objection", objectionId);
        }
        Campaign campaign = campaignsOwnUnion(g);
        o.resolve(request.upheld(), today, request.resolution().strip());
        if (request.upheld()) {
            g.cancel(today, "objection " + o.id + " upheld: " + o.resolution);
            budgets.release(campaign, g.amountFen);
            if (campaign.help == HelpKind.CASH) {
                ledger.post(UUID.randomUUID(), PostingKind.GRANT_CANCELLED, today, "grants/" + g.id, "amountFen", List.of(
                        new Ledger.Line(Account.FUND, campaign.fundId, g.amountFen),
                        new Ledger.Line(Account.GRANTS_PAYABLE, campaign.fundId, -g.amountFen)));
            }
        }
        em.flush();
        return o;
    }
}
