package cn.gonghui.membership.enterprise;

import cn.gonghui.paging.SubtreeQuery;
import cn.gonghui.events.Outbox;
import cn.gonghui.identifiers.UnifiedSocialCreditCode;
import cn.gonghui.membership.union.Union;
import cn.gonghui.membership.union.UnionService;
import cn.gonghui.paging.Page;
import cn.gonghui.paging.PageRequest;
import cn.gonghui.problems.PastDates;
import cn.gonghui.problems.Preconditions;
import cn.gonghui.problems.ProblemException;
import cn.gonghui.scope.UnionScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;

@ApplicationScoped
public class EnterpriseService {

    @Inject
    Clock clock;

    @Inject
    UnionService unions;

    @Inject
    UnionScope scope;

    @Inject
    Outbox outbox;

    @Inject
    EntityManager em;

    @Transactional
    public Enterprise register(@NotNull @Valid EnterpriseRequests.Register request) {
        Union union = unions.activeInScope(request.unionId(), "unionId");
        String code = UnifiedSocialCreditCode.normalize(request.creditCode());
        if (Enterprise.count("creditCode", code) > 0) {
            throw ProblemException.conflict("creditCode", "an enterprise with this credit code is already registered");
        }
        Enterprise e = new Enterprise();
        e.creditCode = code;
        e.name = request.name().strip();
        e.address = request.address();
        e.districtCode = request.districtCode();
        e.headcount = request.headcount();
        e.ownership = request.ownership();
        e.unionId = union.id;
        e.registeredOn = PastDates.orToday(request.registeredOn(), clock, "registeredOn");
        if (request.foundedOn() != null && request.foundedOn().isAfter(e.registeredOn)) {
            throw ProblemException.invalid("foundedOn", "must not be after registeredOn (" + e.registeredOn + ")");
        }
        e.foundedOn = request.foundedOn();
        e.persistAndFlush();
        EnterpriseCoverage.open(e.id, union.id, e.registeredOn).persist();
        outbox.record("EnterpriseRegistered", "enterprises/" + e.id, EnterpriseChanged.of(e, !union.kind.isFederation()));
        return e;
    }

    /** The open span ends the day the new one begins; a span may not begin before the one it follows. */
    private void moveCoverage(Enterprise e, long union, LocalDate since) {
        EnterpriseCoverage current = EnterpriseCoverage.find("enterpriseId = ?1 and toOn is null", e.id).firstResult();
        if (current != null) {
            if (since.isBefore(current.fromOn)) {
                throw ProblemException.invalid("unionSince", "must not be before " + current.fromOn
                        + ", when the enterprise came under its current union");
            }
            current.toOn = since;
            em.flush(); // the open row closes before the new one opens (one open row per enterprise)
        }
        EnterpriseCoverage.open(e.id, union, since).persist();
    }

    public Enterprise get(long id) {
        Enterprise e = Enterprise.findById(id);
        if (e == null || !scope.mayActOn(e.unionId)) {
            throw ProblemException.notFound("enterprise", id);
        }
        return e;
    }

    public boolean covered(Enterprise e) {
        Union union = Union.findById(e.unionId);
        return union != null && !union.kind.isFederation();
    }

    public Page<Enterprise> list(String creditCode, PageRequest page) {
        return SubtreeQuery.of(Enterprise.class, "Union", "unionId", unions.listPath(null), page)
                .where("creditCode", creditCode == null ? null : UnifiedSocialCreditCode.normalize(creditCode))
                .fetch(em, e -> e.id);
    }

    @Transactional
    public Enterprise update(long id, String ifMatch, @NotNull @Valid EnterpriseRequests.Update request) {
        Enterprise e = get(id);
        Preconditions.requireMatch(ifMatch, e.version);
        if (request.unionId() != null) {
            long next = unions.activeInScope(request.unionId(), "unionId").id;
            if (next != e.unionId) {
                moveCoverage(e, next, PastDates.orToday(request.unionSince(), clock, "unionSince"));
            }
            e.unionId = next;
        } else if (request.unionSince() != null) {
            throw ProblemException.invalid("unionSince", "must be empty when unionId is");
        }
        if (request.name() != null) {
            e.name = request.name().strip();
        }
        if (request.address() != null) {
            e.address = request.address();
        }
        if (request.districtCode() != null) {
            e.districtCode = request.districtCode();
        }
        if (request.headcount() != null) {
            e.headcount = request.headcount();
        }
        if (request.ownership() != null) {
            e.ownership = request.ownership();
        }
        em.flush();
        outbox.record("EnterpriseUpdated", "enterprises/" + e.id, EnterpriseChanged.of(e, covered(e)));
        return e;
    }
}
