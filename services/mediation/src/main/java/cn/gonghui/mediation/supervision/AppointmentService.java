package cn.gonghui.mediation.supervision;

import cn.gonghui.orgreplica.ReplicaScope;
import cn.gonghui.paging.Page;
import cn.gonghui.paging.PageRequest;
import cn.gonghui.paging.SubtreeQuery;
import cn.gonghui.problems.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;

/** 劳动法律监督员 and 三方机制协调员: appointed by a union of the subtree, and their end of office. */
@ApplicationScoped
public class AppointmentService {

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    ReplicaScope unions;

    @Transactional
    public Appointment appoint(@NotNull @Valid AppointmentRequests.Appoint request) {
        notFuture(request.appointedOn(), "appointedOn");
        unions.activeInScope(request.unionId(), "unionId");
        Appointment a = new Appointment();
        a.unionId = request.unionId();
        a.role = request.role();
        a.name = request.name().strip();
        a.appointedOn = request.appointedOn();
        a.persistAndFlush();
        return a;
    }

    public Page<Appointment> list(Long unionId, Appointment.Role role, PageRequest page) {
        return SubtreeQuery.of(Appointment.class, "ReplicaUnion", "unionId", unions.listPath(unionId), page)
                .where("role", role).fetch(em, a -> a.id);
    }

    @Transactional
    public Appointment end(long id, @NotNull @Valid AppointmentRequests.End request) {
        Appointment a = Appointment.findById(id);
        if (a == null || !unions.reaches(a.unionId)) {
            throw ProblemException.notFound("appointment", id);
        }
        notFuture(request.endedOn(), "endedOn");
        a.end(request.endedOn());
        em.flush();
        return a;
    }

    private void notFuture(LocalDate date, String field) {
        if (date.isAfter(LocalDate.now(clock))) {
            throw ProblemException.invalid(field, "must not be in the future");
        }
    }
}
