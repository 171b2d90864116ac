package cn.gonghui.assistance.campaign;

import cn.gonghui.problems.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * A campaign's budget, committed and released by one atomic UPDATE each: concurrent approvals never
 * commit more than the budget. Always taken before the fund's balance (see Ledger), the same order
 * everywhere, so approvals cannot deadlock.
 */
@ApplicationScoped
public class CampaignBudget {

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void commit(Campaign campaign, long amountFen) {
        int done = em.createNativeQuery("UPDATE campaign SET committed_fen = committed_fen + :amount, version = version + 1"
                        + " WHERE id = :id AND committed_fen + :amount <= budget_fen")
                .setParameter("amount", amountFen).setParameter("id", campaign.id).executeUpdate();
        if (done == 0) {
            Number committed = (Number) em.createNativeQuery("SELECT committed_fen FROM campaign WHERE id = :id")
                    .setParameter("id", campaign.id).getSingleResult();
            throw ProblemException.conflict("amountFen", "campaign " + campaign.id + " has " + (campaign.budgetFen - committed.longValue())
                    + " fen of its budget left, less than " + amountFen + " fen");
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void release(Campaign campaign, long amountFen) {
        em.createNativeQuery("UPDATE campaign SET committed_fen = committed_fen - :amount, version = version + 1 WHERE id = :id")
                .setParameter("amount", amountFen).setParameter("id", campaign.id).executeUpdate();
    }
}
