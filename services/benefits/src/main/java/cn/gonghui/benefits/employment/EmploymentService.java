package cn.gonghui.benefits.employment;

import cn.gonghui.orgreplica.ReplicaScope;
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

/** 春送岗位: job fairs and job postings of the unions in the caller's subtree. */
@ApplicationScoped
public class EmploymentService {

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    ReplicaScope unions;

    @Transactional
    public JobFair fair(@NotNull @Valid EmploymentRequests.Fair request) {
        unions.activeInScope(request.unionId(), "unionId");
        if (request.intentions() > request.visitors()) {
            throw ProblemException.invalid("intentions", "cannot exceed the visitors (" + request.visitors() + ")");
        }
        JobFair f = new JobFair();
        f.unionId = request.unionId();
        f.title = request.title().strip();
        f.heldOn = PastDates.orToday(request.heldOn(), clock, "heldOn");
        f.employers = request.employers();
        f.positions = request.positions();
        f.visitors = request.visitors();
        f.intentions = request.intentions();
        f.persistAndFlush();
        return f;
    }

    @Transactional
    public JobPosting posting(@NotNull @Valid EmploymentRequests.Posting request) {
        unions.activeInScope(request.unionId(), "unionId");
        JobPosting p = new JobPosting();
        p.unionId = request.unionId();
        p.employer = request.employer().strip();
        p.title = request.title().strip();
        p.positions = request.positions();
        p.publishedOn = PastDates.orToday(request.publishedOn(), clock, "publishedOn");
        p.persistAndFlush();
        return p;
    }

    public Page<JobFair> fairs(Long unionId, PageRequest page) {
        return SubtreeQuery.of(JobFair.class, "ReplicaUnion", "unionId", unions.listPath(unionId), page).fetch(em, f -> f.id);
    }

    public Page<JobPosting> postings(Long unionId, PageRequest page) {
        return SubtreeQuery.of(JobPosting.class, "ReplicaUnion", "unionId", unions.listPath(unionId), page).fetch(em, p -> p.id);
    }
}
