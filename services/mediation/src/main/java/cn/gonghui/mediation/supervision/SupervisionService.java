package cn.gonghui.mediation.supervision;

import cn.gonghui.orgreplica.ReplicaScope;
import cn.gonghui.orgreplica.ReplicaEnterprises;
import cn.gonghui.orgreplica.ReplicaMember;
import cn.gonghui.orgreplica.ReplicaMembers;
import cn.gonghui.paging.Page;
import cn.gonghui.paging.PageRequest;
import cn.gonghui.paging.SubtreeQuery;
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
import java.util.List;

/** 劳动法律监督: inspections of enterprises, and the safety hazards members report from their phones (隐患手机拍). */
@ApplicationScoped
public class SupervisionService {

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    ReplicaScope unions;

    @Inject
    Caller caller;

    @Inject
    ReplicaEnterprises enterprises;

    @Inject
    ReplicaMembers members;

    @Transactional
    public Inspection inspect(@NotNull @Valid SupervisionRequests.Inspect request) {
        if (request.inspectedOn().isAfter(LocalDate.now(clock))) {
            throw ProblemException.invalid("inspectedOn", "must not be in the future");
        }
        unions.activeInScope(request.unionId(), "unionId");
        enterprises.find(request.enterpriseId())
                .orElseThrow(() -> ProblemException.invalid("enterpriseId", "enterprise " + request.enterpriseId() + " is unknown"));
        Inspection i = new Inspection();
        i.unionId = request.unionId();
        i.enterpriseId = request.enterpriseId();
        i.inspectedOn = request.inspectedOn();
        i.joint = request.joint();
        i.issuesFound = request.issuesFound();
        i.findings = request.findings().strip();
        i.recordedBy = caller.subject();
        i.persistAndFlush();
        return i;
    }

    public Page<Inspection> inspections(Long unionId, PageRequest page) {
        return SubtreeQuery.of(Inspection.class, "ReplicaUnion", "unionId", unions.listPath(unionId), page).fetch(em, i -> i.id);
    }

    /** A member reports a hazard; it counts in the subtree of their union (as mediation's replica knows it). */
    @Transactional
    public HazardReport report(@NotNull @Valid SupervisionRequests.Report request) {
        long memberId = caller.requireMemberId();
        ReplicaMember member = members.find(memberId).filter(m -> m.status == ReplicaMember.Status.ACTIVE)
                .orElseThrow(() -> ProblemException.invalidState("your membership is not known to mediation yet; try again later"));
        if (request.enterpriseId() != null && enterprises.find(request.enterpriseId()).isEmpty()) {
            throw ProblemException.invalid("enterpriseId", "enterprise " + request.enterpriseId() + " is unknown");
        }
        HazardReport h = new HazardReport();
        h.memberId = memberId;
        h.unionId = member.unionId;
        h.enterpriseId = request.enterpriseId() != null ? request.enterpriseId() : member.enterpriseId;
        h.photoRef = request.photoRef().strip();
        h.description = request.description().strip();
        h.reportedOn = LocalDate.now(clock);
        h.status = HazardReport.Status.REPORTED;
        h.persistAndFlush();
        return h;
    }

    public List<HazardReport> mine() {
        return HazardReport.list("memberId = ?1 order by id", caller.requireMemberId());
    }

    public Page<HazardReport> hazards(Long unionId, HazardReport.Status status, PageRequest page) {
        return SubtreeQuery.of(HazardReport.class, "ReplicaUnion", "unionId", unions.listPath(unionId), page)
                .where("status", status).fetch(em, h -> h.id);
    }

    /** The report if its union is in the caller's subtree, or the member's own; 404 otherwise. */
    public HazardReport hazard(long id) {
        HazardReport h = HazardReport.findById(id);
        boolean own = h != null && caller.memberId().map(m -> m.equals(h.memberId)).orElse(false);
        boolean staff = h != null && !caller.is(Roles.MEMBER) && unions.reaches(h.unionId);
        if (!own && !staff) {
            throw ProblemException.notFound("hazard report", id);
        }
        return h;
    }

    @Transactional
    public HazardReport resolve(long id, String ifMatch, @NotNull @Valid SupervisionRequests.Resolve request) {
        HazardReport h = hazard(id);
        Preconditions.requireMatch(ifMatch, h.version);
        LocalDate today = LocalDate.now(clock);
        LocalDate on = request.resolvedOn() == null ? today : request.resolvedOn();
        if (on.isAfter(today)) {
            throw ProblemException.invalid("resolvedOn", "must not be in the future");
        }
        h.resolve(request.fixed(), on, request.resolution().strip());
        em.flush();
        return h;
    }
}
