package cn.gonghui.membership.area;

import cn.gonghui.membership.union.Union;
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

/** The area registry: parks, communities, key buildings and 自然片 of a subtree, and the union covering each. */
@ApplicationScoped
public class AreaService {

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    UnionService unions;

    @Inject
    UnionScope scope;

    @Transactional
    public Area create(@NotNull @Valid AreaRequests.Create request) {
        Union territory = unions.activeInScope(request.unionId(), "unionId");
        Area a = new Area();
        a.kind = request.kind();
        a.name = request.name().strip();
        a.unionId = territory.id;
        if (request.coveredByUnionId() != null) {
            a.coverBy(coveringUnion(territory, request.coveredByUnionId()).id, PastDates.orToday(request.coveredOn(), clock, "coveredOn"));
        } else if (request.coveredOn() != null) {
            throw ProblemException.invalid("coveredOn", "must be empty when coveredByUnionId is");
        }
        a.persistAndFlush();
        return a;
    }

    @Transactional
    public Area cover(long id, String ifMatch, @NotNull @Valid AreaRequests.Coverage request) {
        Area a = get(id);
        Preconditions.requireMatch(ifMatch, a.version);
        Union territory = unions.get(a.unionId);
        a.coverBy(coveringUnion(territory, request.coveredByUnionId()).id, PastDates.orToday(request.coveredOn(), clock, "coveredOn"));
        em.flush();
        return a;
    }

    public Area get(long id) {
        Area a = Area.findById(id);
        if (a == null || !scope.mayActOn(a.unionId)) {
            throw ProblemException.notFound("area", id);
        }
        return a;
    }

    public Page<Area> list(Long unionId, AreaKind kind, PageRequest page) {
        return SubtreeQuery.of(Area.class, "Union", "unionId", unions.listPath(unionId), page)
                .where("kind", kind)
                .fetch(em, a -> a.id);
    }

    /** The covering union: active, in the caller's scope, and in the area's territory (the territory's union or under it). */
    private Union coveringUnion(Union territory, long unionId) {
        Union covering = unions.activeInScope(unionId, "coveredByUnionId");
        if (!territory.contains(covering)) {
            throw ProblemException.invalid("coveredByUnionId", "union " + unionId + " is not in the area's territory (union "
                    + territory.id + " and the unions under it)");
        }
        return covering;
    }
}
