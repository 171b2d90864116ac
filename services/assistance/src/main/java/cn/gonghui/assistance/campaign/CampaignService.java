package cn.gonghui.assistance.campaign;

import cn.gonghui.assistance.fund.FundService;
import cn.gonghui.orgreplica.ReplicaScope;
import cn.gonghui.paging.Page;
import cn.gonghui.paging.PageRequest;
import cn.gonghui.paging.SubtreeQuery;
import cn.gonghui.problems.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** Campaigns 帮扶活动: launched by a union, read by its subtree. */
@ApplicationScoped
public class CampaignService {

    @Inject
    EntityManager em;

    @Inject
    ReplicaScope unions;

    @Inject
    FundService funds;

    @Transactional
    public Campaign launch(@NotNull @Valid CampaignRequests.Launch request) {
        unions.activeInScope(request.unionId(), "unionId");
        long min = request.minAmountFen();
        long max = request.maxAmountFen() == null ? min : request.maxAmountFen();
        if (max < min) {
            throw ProblemException.invalid("maxAmountFen", "must not be below minAmountFen");
        }
        if (request.closesOn().isBefore(request.opensOn())) {
            throw ProblemException.invalid("closesOn", "must not be before opensOn");
        }
        if (request.budgetFen() < min) {
            throw ProblemException.invalid("budgetFen", "must cover at least one grant of " + min + " fen");
        }
        Campaign c = new Campaign();
        if (request.help() == HelpKind.CASH) {
            if (request.fundId() == null) {
                throw ProblemException.invalid("fundId", "is required for a CASH campaign");
            }
            c.fundId = funds.named(request.fundId(), "fundId").id;
        } else if (request.fundId() != null) {
            throw ProblemException.invalid("fundId", "must be empty for help IN_KIND");
        }
        c.unionId = request.unionId();
        c.name = request.name().strip();
        c.kind = request.kind();
        c.help = request.help();
        c.eligibility = request.eligibility();
        c.womenOnly = request.womenOnly();
        c.minAmountFen = min;
        c.maxAmountFen = max;
        c.budgetFen = request.budgetFen();
        c.opensOn = request.opensOn();
        c.closesOn = request.closesOn();
        c.noticeDays = request.noticeDays();
        c.persistAndFlush();
        em.refresh(c);
        return c;
    }

    /**
     * The campaign, if the caller may see it: an officer sees the campaigns of their subtree and of the
     * unions above them (a district 送温暖 is run by every street union).
     */
    public Campaign get(long id) {
        Campaign c = Campaign.findById(id);
        if (c == null || !visible(c)) {
            throw ProblemException.notFound("campaign", id);
        }
        return c;
    }

    /** A campaign named in a request body, or a 400 naming the field. */
    public Campaign named(long id, String field) {
        Campaign c = Campaign.findById(id);
        if (c == null || !visible(c)) {
            throw ProblemException.invalid(field, "campaign " + id + " does not exist or is outside your scope");
        }
        return c;
    }

    /** Campaigns a member's phone may apply to: every campaign (a member has no union scope of their own). */
    public Campaign forMember(long id) {
        Campaign c = Campaign.findById(id);
        if (c == null) {
            throw ProblemException.invalid("campaignId", "campaign " + id + " does not exist");
        }
        return c;
    }

    public Page<Campaign> list(Long unionId, CampaignKind kind, PageRequest page) {
        return SubtreeQuery.of(Campaign.class, "ReplicaUnion", "unionId", unions.listPath(unionId), page)
                .where("kind", kind)
                .fetch(em, c -> c.id);
    }

    private boolean visible(Campaign c) {
        return unions.reaches(c.unionId) || unions.above(c.unionId);
    }
}
