package cn.gonghui.mediation.legalaid;

import cn.gonghui.orgreplica.ReplicaScope;
import cn.gonghui.persons.Identities;
import cn.gonghui.persons.Identity;
import cn.gonghui.paging.Page;
import cn.gonghui.paging.PageRequest;
import cn.gonghui.paging.SubtreeQuery;
import cn.gonghui.problems.Preconditions;
import cn.gonghui.problems.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;

/** 法律援助: acceptance by a union of the subtree, and closure with the amount won. */
@ApplicationScoped
public class LegalAidService {

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    ReplicaScope unions;

    @Inject
    Identities identities;

    @Transactional
    public LegalAidCase accept(@NotNull @Valid LegalAidRequests.Accept request) {
        LocalDate today = LocalDate.now(clock);
        LocalDate on = request.acceptedOn() == null ? today : request.acceptedOn();
        if (on.isAfter(today)) {
            throw ProblemException.invalid("acceptedOn", "must not be in the future");
        }
        unions.activeInScope(request.unionId(), "unionId");
        Identity who = identities.of(request.idNumber(), "idNumber", LegalAidCase.ID_NUMBER_CONTEXT);
        LegalAidCase c = new LegalAidCase();
        c.unionId = request.unionId();
        c.personId = who.personId();
        c.memberId = who.memberId();
        c.applicantName = request.name().strip();
        c.idNumberHash = who.idNumberHash();
        c.idNumberSealed = who.idNumberSealed();
        c.idNumberMasked = who.idNumberMasked();
        c.workersInvolved = request.workersInvolved() == null ? 1 : request.workersInvolved();
        c.lawyerName = request.lawyerName().strip();
        c.lawFirm = request.lawFirm() == null || request.lawFirm().isBlank() ? null : request.lawFirm().strip();
        c.matter = request.matter().strip();
        c.amountAtStakeFen = request.amountAtStakeFen();
        c.acceptedOn = on;
        c.status = LegalAidCase.Status.OPEN;
        c.persistAndFlush();
        return c;
    }

    public LegalAidCase get(long id) {
        LegalAidCase c = LegalAidCase.findById(id);
        if (c == null || !unions.reaches(c.unionId)) {
            throw ProblemException.notFound("legal-aid case", id);
        }
        return c;
    }

    public Page<LegalAidCase> list(Long unionId, LegalAidCase.Status status, PageRequest page) {
        return SubtreeQuery.of(LegalAidCase.class, "ReplicaUnion", "unionId", unions.listPath(unionId), page)
                .where("status", status).fetch(em, c -> c.id);
    }

    @Transactional
    public LegalAidCase close(long id, String ifMatch, @NotNull @Valid LegalAidRequests.Close request) {
        LocalDate today = LocalDate.now(clock);
        LegalAidCase c = get(id);
        Preconditions.requireMatch(ifMatch, c.version);
        LocalDate on = request.closedOn() == null ? today : request.closedOn();
        if (on.isAfter(today)) {
            throw ProblemException.invalid("closedOn", "must not be in the future");
        }
        c.close(request.outcome(), request.amountWonFen(), on);
        em.flush();
        return c;
    }
}
