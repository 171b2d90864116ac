package cn.gonghui.bargaining.instructor;

import cn.gonghui.orgreplica.ReplicaScope;
import cn.gonghui.orgreplica.ReplicaUnion;
import cn.gonghui.paging.Page;
import cn.gonghui.paging.PageRequest;
import cn.gonghui.paging.SubtreeQuery;
import cn.gonghui.problems.PastDates;
import cn.gonghui.problems.Preconditions;
import cn.gonghui.problems.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** 协商指导员 appointed by the unions of the caller's subtree. */
@ApplicationScoped
public class InstructorService {

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    ReplicaScope unions;

    @Transactional
    public Instructor appoint(@NotNull @Valid InstructorRequests.Appoint request) {
        ReplicaUnion union = unions.activeInScope(request.unionId(), "unionId");
        Set<Long> enterprises = new LinkedHashSet<>();
        List<Long> ids = request.enterpriseIds() == null ? List.of() : request.enterpriseIds();
        for (int i = 0; i < ids.size(); i++) {
            enterprises.add(unions.enterpriseUnder(union, ids.get(i), "enterpriseIds[" + i + "]").id);
        }
        Instructor in = new Instructor();
        in.unionId = union.id;
        in.name = request.name().strip();
        in.level = request.level();
        in.appointedOn = PastDates.orToday(request.appointedOn(), clock, "appointedOn");
        in.enterpriseIds = enterprises.toArray(Long[]::new);
        in.persistAndFlush();
        return in;
    }

    public Instructor get(long id) {
        Instructor in = Instructor.findById(id);
        if (in == null || !unions.reaches(in.unionId)) {
            throw ProblemException.notFound("instructor", id);
        }
        return in;
    }

    public Page<Instructor> list(Long unionId, InstructorLevel level, PageRequest page) {
        return SubtreeQuery.of(Instructor.class, "ReplicaUnion", "unionId", unions.listPath(unionId), page)
                .where("level", level)
                .fetch(em, i -> i.id);
    }

    /** Leaves office; needs If-Match with the version last read (428 without, 412 when it changed). */
    @Transactional
    public Instructor leave(long id, String ifMatch, @NotNull @Valid InstructorRequests.Leave request) {
        Instructor in = get(id);
        Preconditions.requireMatch(ifMatch, in.version);
        in.leave(PastDates.orToday(request.leftOn(), clock, "leftOn"));
        em.flush();
        return in;
    }
}
