package cn.gonghui.bargaining.inspection;

import cn.gonghui.orgreplica.ReplicaScope;
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

/** 协商档案检查 of enterprises and 三方联合督导 of unions, in the caller's subtree. */
@ApplicationScoped
public class InspectionService {

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    ReplicaScope unions;

    @Transactional
    public ArchiveInspection archive(@NotNull @Valid InspectionRequests.Archive request) {
        ReplicaEnterprise e = unions.enterpriseInScope(request.enterpriseId(), "enterpriseId");
        ArchiveInspection a = new ArchiveInspection();
        a.unionId = e.unionId;
        a.enterpriseId = e.id;
        a.inspectedOn = PastDates.orToday(request.inspectedOn(), clock, "inspectedOn");
        a.passed = request.passed();
        a.findings = request.findings().strip();
        a.persistAndFlush();
        return a;
    }

    public ArchiveInspection getArchive(long id) {
        ArchiveInspection a = ArchiveInspection.findById(id);
        if (a == null || !unions.reaches(a.unionId)) {
            throw ProblemException.notFound("archive inspection", id);
        }
        return a;
    }

    public Page<ArchiveInspection> archives(Long unionId, Long enterpriseId, PageRequest page) {
        return SubtreeQuery.of(ArchiveInspection.class, "ReplicaUnion", "unionId", unions.listPath(unionId), page)
                .where("enterpriseId", enterpriseId)
                .fetch(em, a -> a.id);
    }

    @Transactional
    public TripartiteInspection tripartite(@NotNull @Valid InspectionRequests.Tripartite request) {
        TripartiteInspection t = new TripartiteInspection();
        t.unionId = unions.activeInScope(request.unionId(), "unionId").id;
        t.inspectedOn = PastDates.orToday(request.inspectedOn(), clock, "inspectedOn");
        t.partners = request.partners().strip();
        t.findings = request.findings().strip();
        t.persistAndFlush();
        return t;
    }

    public TripartiteInspection getTripartite(long id) {
        TripartiteInspection t = TripartiteInspection.findById(id);
        if (t == null || !unions.reaches(t.unionId)) {
            throw ProblemException.notFound("tripartite inspection", id);
        }
        return t;
    }

    public Page<TripartiteInspection> tripartites(Long unionId, PageRequest page) {
        return SubtreeQuery.of(TripartiteInspection.class, "ReplicaUnion", "unionId", unions.listPath(unionId), page)
                .fetch(em, t -> t.id);
    }
}
