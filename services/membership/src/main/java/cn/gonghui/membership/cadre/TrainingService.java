package cn.gonghui.membership.cadre;

import cn.gonghui.membership.union.UnionService;
import cn.gonghui.paging.Page;
import cn.gonghui.paging.PageRequest;
import cn.gonghui.paging.SubtreeQuery;
import cn.gonghui.problems.PastDates;
import cn.gonghui.problems.ProblemException;
import cn.gonghui.scope.Caller;
import cn.gonghui.scope.UnionScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;

/** Cadre training sessions of a subtree: who attended (registered cadres in scope) and how many others. */
@ApplicationScoped
public class TrainingService {

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    UnionService unions;

    @Inject
    UnionScope scope;

    @Inject
    Caller caller;

    @Transactional
    public Training record(@NotNull @Valid TrainingRequests.Create request) {
        Training t = new Training();
        t.unionId = unions.activeInScope(request.unionId(), "unionId").id;
        t.title = request.title().strip();
        t.mode = request.mode();
        t.heldOn = PastDates.orToday(request.heldOn(), clock, "heldOn");
        if (request.cadreIds() != null) {
            for (Long id : request.cadreIds()) {
                Cadre c = Cadre.findById(id);
                if (c == null || !scope.mayActOn(c.unionId)) {
                    throw ProblemException.invalid("cadreIds", "cadre " + id + " does not exist or is outside your scope");
                }
                t.cadreIds.add(c.id);
            }
        }
        t.otherAttendees = request.otherAttendees() == null ? 0 : request.otherAttendees();
        if (t.cadreIds.isEmpty() && t.otherAttendees == 0) {
            throw ProblemException.invalid("cadreIds", "a training needs attendees: cadreIds or otherAttendees");
        }
        t.recordedBy = caller.subject();
        t.recordedAt = Instant.now(clock);
        t.persistAndFlush();
        return t;
    }

    public Training get(long id) {
        Training t = Training.findById(id);
        if (t == null || !scope.mayActOn(t.unionId)) {
            throw ProblemException.notFound("training", id);
        }
        return t;
    }

    public Page<Training> list(Long unionId, TrainingMode mode, PageRequest page) {
        return SubtreeQuery.of(Training.class, "Union", "unionId", unions.listPath(unionId), page)
                .where("mode", mode)
                .fetch(em, t -> t.id);
    }
}
