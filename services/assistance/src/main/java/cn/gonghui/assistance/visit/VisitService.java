package cn.gonghui.assistance.visit;

import cn.gonghui.assistance.campaign.CampaignService;
import cn.gonghui.assistance.hardship.HardshipFile;
import cn.gonghui.assistance.hardship.HardshipService;
import cn.gonghui.orgreplica.ReplicaScope;
import cn.gonghui.orgreplica.ReplicaEnterprise;
import cn.gonghui.orgreplica.ReplicaMember;
import cn.gonghui.orgreplica.ReplicaMembers;
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

/** 走访慰问: visits recorded by unions of the caller's subtree. */
@ApplicationScoped
public class VisitService {

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    ReplicaScope unions;

    @Inject
    HardshipService files;

    @Inject
    CampaignService campaigns;

    @Inject
    ReplicaMembers members;

    @Transactional
    public Visit record(@NotNull @Valid VisitRequests.Record request) {
        LocalDate visitedOn = PastDates.orToday(request.visitedOn(), clock, "visitedOn");
        Visit v = new Visit();
        v.target = request.target();
        switch (request.target()) {
            case HOUSEHOLD -> {
                only(request, "fileId");
                HardshipFile file = files.get(required(request.fileId(), "fileId"));
                v.fileId = file.id;
                v.unionId = file.unionId;
            }
            case ENTERPRISE -> {
                only(request, "enterpriseId");
                ReplicaEnterprise e = unions.enterpriseInScope(required(request.enterpriseId(), "enterpriseId"), "enterpriseId");
                v.enterpriseId = e.id;
                v.unionId = e.unionId;
            }
            case MODEL_WORKER -> {
                only(request, "memberId");
                if (request.memberId() != null) {
                    ReplicaMember m = members.inSubtree(request.memberId(), unions.prefix())
                            .orElseThrow(() -> ProblemException.invalid("memberId", "member " + request.memberId()
                                    + " does not exist or is outside your scope"));
                    v.memberId = m.id;
                    v.unionId = m.unionId;
                }
            }
            default -> only(request, "unionId");
        }
        if (request.unionId() != null) {
            if (v.unionId != null && !v.unionId.equals(request.unionId())) {
                throw ProblemException.invalid("unionId", "must be empty or the visited one's union " + v.unionId);
            }
            v.unionId = unions.activeInScope(request.unionId(), "unionId").id;
        }
        if (v.unionId == null) {
            throw ProblemException.invalid("unionId", "is required for a " + request.target() + " visit without memberId");
        }
        v.campaignId = request.campaignId() == null ? null : campaigns.named(request.campaignId(), "campaignId").id;
        v.peopleReached = request.peopleReached();
        v.visitedOn = visitedOn;
        v.notes = request.notes() == null || request.notes().isBlank() ? null : request.notes().strip();
        v.persistAndFlush();
        return v;
    }

    public Visit get(long id) {
        Visit v = Visit.findById(id);
        if (v == null || !unions.reaches(v.unionId)) {
            throw ProblemException.notFound("visit", id);
        }
        return v;
    }

    public Page<Visit> list(Long unionId, VisitTarget target, Long campaignId, PageRequest page) {
        return SubtreeQuery.of(Visit.class, "ReplicaUnion", "unionId", unions.listPath(unionId), page)
                .where("target", target)
                .where("campaignId", campaignId)
                .fetch(em, v -> v.id);
    }

    private static long required(Long id, String field) {
        if (id == null) {
            throw ProblemException.invalid(field, "is required for this target");
        }
        return id;
    }

    /** Of fileId, enterpriseId and memberId, only {@code allowed} may be given for the target. */
    private static void only(VisitRequests.Record r, String allowed) {
        check(r.fileId(), "fileId", allowed, r.target());
        check(r.enterpriseId(), "enterpriseId", allowed, r.target());
        check(r.memberId(), "memberId", allowed, r.target());
    }

    private static void check(Long value, String field, String allowed, VisitTarget target) {
        if (value != null && !field.equals(allowed)) {
            throw ProblemException.invalid(field, "must be empty for a " + target + " visit");
        }
    }
}
