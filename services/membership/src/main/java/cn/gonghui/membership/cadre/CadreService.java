package cn.gonghui.membership.cadre;

import cn.gonghui.membership.member.Member;
import cn.gonghui.membership.union.UnionService;
import cn.gonghui.paging.Page;
import cn.gonghui.paging.PageRequest;
import cn.gonghui.paging.SubtreeQuery;
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

/** Union officers and staff of a subtree: who holds which role in which union, full- or part-time, from when to when. */
@ApplicationScoped
public class CadreService {

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    UnionService unions;

    @Inject
    UnionScope scope;

    @Transactional
    public Cadre appoint(@NotNull @Valid CadreRequests.Create request) {
        Cadre c = new Cadre();
        c.unionId = unions.activeInScope(request.unionId(), "unionId").id;
        c.name = request.name().strip();
        if (request.memberId() != null) {
            Member m = Member.findById(request.memberId());
            if (m == null || !scope.mayActOn(m.unionId)) {
                throw ProblemException.invalid("memberId", "member " + request.memberId() + " does not exist or is outside your scope");
            }
            c.memberId = m.id;
        }
        c.role = request.role();
        c.fullTime = request.fullTime();
        c.fromOn = PastDates.orToday(request.fromOn(), clock, "fromOn");
        c.persistAndFlush();
        return c;
    }

    @Transactional
    public Cadre end(long id, String ifMatch, CadreRequests.End request) {
        Cadre c = get(id);
        Preconditions.requireMatch(ifMatch, c.version);
        c.end(PastDates.orToday(request == null ? null : request.on(), clock, "on"));
        em.flush();
        return c;
    }

    public Cadre get(long id) {
        Cadre c = Cadre.findById(id);
        if (c == null || !scope.mayActOn(c.unionId)) {
            throw ProblemException.notFound("cadre", id);
        }
        return c;
    }

    public Page<Cadre> list(Long unionId, CadreRole role, PageRequest page) {
        return SubtreeQuery.of(Cadre.class, "Union", "unionId", unions.listPath(unionId), page)
                .where("role", role)
                .fetch(em, c -> c.id);
    }
}
