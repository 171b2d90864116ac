package cn.gonghui.mediation.consultation;

import cn.gonghui.orgreplica.ReplicaScope;
import cn.gonghui.paging.Page;
import cn.gonghui.paging.PageRequest;
import cn.gonghui.paging.SubtreeQuery;
import cn.gonghui.problems.ProblemException;
import cn.gonghui.scope.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;

/** 咨询登记: consultations handled by a union of the subtree, without personal data. */
@ApplicationScoped
public class ConsultationService {

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    ReplicaScope unions;

    @Inject
    Caller caller;

    @Transactional
    public Consultation record(@NotNull @Valid ConsultationRequests.Record request) {
        LocalDate today = LocalDate.now(clock);
        LocalDate on = request.consultedOn() == null ? today : request.consultedOn();
        if (on.isAfter(today)) {
            throw ProblemException.invalid("consultedOn", "must not be in the future");
        }
        unions.activeInScope(request.unionId(), "unionId");
        Consultation c = new Consultation();
        c.unionId = request.unionId();
        c.channel = request.channel();
        c.topic = request.topic();
        c.consultedOn = on;
        c.personTimes = request.personTimes() == null ? 1 : request.personTimes();
        c.summary = request.summary() == null || request.summary().isBlank() ? null : request.summary().strip();
        c.recordedBy = caller.subject();
        c.persistAndFlush();
        return c;
    }

    public Page<Consultation> list(Long unionId, PageRequest page) {
        return SubtreeQuery.of(Consultation.class, "ReplicaUnion", "unionId", unions.listPath(unionId), page).fetch(em, c -> c.id);
    }
}
