package cn.gonghui.bargaining.model;

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
import java.time.LocalDate;

/** 典型示范企业 recognised by the unions of the caller's subtree, once per enterprise and year. */
@ApplicationScoped
public class ModelEnterpriseService {

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    ReplicaScope unions;

    @Transactional
    public ModelEnterprise recognise(@NotNull @Valid ModelEnterpriseResource.Record request) {
        ReplicaEnterprise e = unions.enterpriseInScope(request.enterpriseId(), "enterpriseId");
        LocalDate on = PastDates.orToday(request.recognisedOn(), clock, "recognisedOn");
        int year = request.year() == null ? on.getYear() : request.year();
        if (year > on.getYear()) {
            throw ProblemException.invalid("year", "must not lie after the year of recognisedOn (" + on.getYear() + ")");
        }
        if (ModelEnterprise.count("enterpriseId = ?1 and year = ?2", e.id, year) > 0) {
            throw ProblemException.conflict("enterpriseId", "enterprise " + e.id + " is already a model enterprise of " + year);
        }
        ModelEnterprise m = new ModelEnterprise();
        m.unionId = e.unionId;
        m.enterpriseId = e.id;
        m.year = year;
        m.recognisedOn = on;
        m.notes = request.notes() == null || request.notes().isBlank() ? null : request.notes().strip();
        m.persistAndFlush();
        return m;
    }

    public Page<ModelEnterprise> list(Long unionId, Integer year, PageRequest page) {
        return SubtreeQuery.of(ModelEnterprise.class, "ReplicaUnion", "unionId", unions.listPath(unionId), page)
                .where("year", year)
                .fetch(em, m -> m.id);
    }
}
