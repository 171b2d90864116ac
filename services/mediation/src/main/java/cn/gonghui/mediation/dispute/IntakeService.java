package cn.gonghui.mediation.dispute;

import cn.gonghui.events.Outbox;
import cn.gonghui.mediation.centre.Centre;
import cn.gonghui.mediation.centre.CentreService;
import cn.gonghui.mediation.centre.Mediator;
import cn.gonghui.persons.Identities;
import cn.gonghui.persons.Identity;
import cn.gonghui.orgreplica.ReplicaEnterprise;
import cn.gonghui.orgreplica.ReplicaEnterprises;
import cn.gonghui.problems.Preconditions;
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
import java.util.List;

/** 受理 (by staff or from the member's phone), 指派 by centre and workload, and the sessions 调解会 of a case. */
@ApplicationScoped
public class IntakeService {

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    CaseAccess access;

    @Inject
    CentreService centres;

    @Inject
    Identities identities;

    @Inject
    ReplicaEnterprises enterprises;

    @Inject
    Outbox outbox;

    /** An officer, mediator or district admin receives an application at a centre they reach. */
    @Transactional
    public DisputeCase open(@NotNull @Valid CaseRequests.Intake request) {
        Centre centre = centres.forIntake(request.centreId(), "centreId");
        if (request.channel() == Channel.MINI_PROGRAM) {
            throw ProblemException.invalid("channel", "MINI_PROGRAM is for a member's own application (POST /cases/self)");
        }
        Identity who = identities.of(request.idNumber(), "idNumber", DisputeCase.ID_NUMBER_CONTEXT);
        return create(centre, request, who, who.memberId());
    }

    /** A member applies from the phone for themselves; the ID number must be the one of their membership. */
    @Transactional
    public DisputeCase openAsMember(@NotNull @Valid CaseRequests.SelfIntake request) {
        long memberId = caller.requireMemberId();
        Centre centre = Centre.findById(request.centreId());
        if (centre == null) {
            throw ProblemException.invalid("centreId", "centre " + request.centreId() + " does not exist");
        }
        centre.requireActive("centreId");
        Identity who = identities.of(request.idNumber(), "idNumber", DisputeCase.ID_NUMBER_CONTEXT);
        if (who.memberId() == null || who.memberId() != memberId) {
            throw ProblemException.forbidden("this ID number is not the one of your membership");
        }
        CaseRequests.Intake intake = new CaseRequests.Intake(centre.id, request.name(), request.idNumber(), request.phone(),
                request.stillEmployed(), request.employmentEndedOn(), request.enterpriseId(), request.respondentName(), request.facts(),
                Channel.MINI_PROGRAM, false, 1, 0, DisputeCase.UnionRole.LEAD, request.claims(), null);
        return create(centre, intake, who, memberId);
    }

    private DisputeCase create(Centre centre, CaseRequests.Intake request, Identity who, Long memberId) {
        LocalDate today = LocalDate.now(clock);
        LocalDate on = request.receivedOn() == null ? today : request.receivedOn();
        if (on.isAfter(today)) {
            throw ProblemException.invalid("receivedOn", "must not be in the future");
        }
        if (request.oral() && (request.phone() == null || request.phone().isBlank())) {
            throw ProblemException.invalid("phone", "an oral application is recorded with the applicant's contact phone (Art 12)");
        }
        if (request.stillEmployed() && request.employmentEndedOn() != null) {
            throw ProblemException.invalid("employmentEndedOn", "must be empty while the applicant is still employed");
        }
        if (request.employmentEndedOn() != null && request.employmentEndedOn().isAfter(today)) {
            throw ProblemException.invalid("employmentEndedOn", "must not be in the future");
        }
        DisputeCase c = DisputeCase.receive(on);
        c.parties(request.workersInvolved() == null ? 1 : request.workersInvolved(),
                request.representatives() == null ? 0 : request.representatives());
        if (request.unionRole() != null) {
            c.unionRole = request.unionRole();
        }
        if (request.enterpriseId() != null) {
            ReplicaEnterprise e = enterprises.find(request.enterpriseId())
                    .orElseThrow(() -> ProblemException.invalid("enterpriseId", "enterprise " + request.enterpriseId() + " is unknown"));
            c.enterpriseId = e.id;
            c.respondentName = request.respondentName() == null || request.respondentName().isBlank() ? e.name : request.respondentName().strip();
        } else if (request.respondentName() == null || request.respondentName().isBlank()) {
            throw ProblemException.invalid("respondentName", "is required without an enterpriseId");
        } else {
            c.respondentName = request.respondentName().strip();
        }
        c.centreId = centre.id;
        c.unionId = centre.unionId;
        c.personId = who.personId();
        c.memberId = memberId;
        c.applicantName = request.name().strip();
        c.idNumberHash = who.idNumberHash();
        c.idNumberSealed = who.idNumberSealed();
        c.idNumberMasked = who.idNumberMasked();
        c.phoneSealed = identities.sealPhone(request.phone(), DisputeCase.PHONE_CONTEXT + ":" + who.idNumberHash());
        c.gender = who.gender();
        c.facts = request.facts().strip();
        c.channel = request.channel();
        c.oral = request.oral();
        c.recordedBy = caller.subject();
        c.stillEmployed = request.stillEmployed();
        c.employmentEndedOn = request.employmentEndedOn();
        c.persistAndFlush();
        long claimed = 0;
        for (CaseRequests.ClaimInput input : request.claims()) {
            Claim claim = new Claim();
            claim.caseId = c.id;
            claim.category = input.category();
            claim.claimedFen = input.claimedFen();
            claim.description = input.description() == null || input.description().isBlank() ? null : input.description().strip();
            claim.persist();
            claimed += claim.claimedFen;
        }
        em.flush();
        outbox.record("CaseOpened", "cases/" + c.id, new CaseEvents.CaseOpened(c.id, c.centreId, c.unionId, c.memberId, c.enterpriseId,
                c.channel, c.receivedOn, c.deadlineOn, c.workersInvolved, c.group(), c.unionRole,
                request.claims().stream().map(CaseRequests.ClaimInput::category).distinct().toList(), claimed));
        return c;
    }

    /** 指派: the named mediator of the case's centre, or its active mediator with the fewest open cases. */
    @Transactional
    public DisputeCase assign(long id, String ifMatch, @NotNull @Valid CaseRequests.Assign request) {
        DisputeCase c = access.locked(id);
        Preconditions.requireMatch(ifMatch, c.version);
        Centre centre = Centre.findById(c.centreId);
        Mediator m;
        if (request.mediatorId() == null) {
            m = centres.leastLoaded(centre);
        } else {
            m = Mediator.findById(request.mediatorId());
            if (m == null || !m.centreId.equals(centre.id) || !m.active) {
                throw ProblemException.invalid("mediatorId", "mediator " + request.mediatorId() + " is not an active mediator of centre " + centre.id);
            }
        }
        c.assign(m.id);
        em.flush();
        return c;
    }

    @Transactional
    public MediationSession session(long id, @NotNull @Valid CaseRequests.Session request) {
        DisputeCase c = access.get(id);
        c.requireWithMediator();
        LocalDate today = LocalDate.now(clock);
        if (request.heldOn().isAfter(today) || request.heldOn().isBefore(c.receivedOn)) {
            throw ProblemException.invalid("heldOn", "must lie between the receipt (" + c.receivedOn + ") and today");
        }
        MediationSession s = new MediationSession();
        s.caseId = c.id;
        s.heldOn = request.heldOn();
        s.mediatorId = c.mediatorId;
        s.applicantAttended = request.applicantAttended();
        s.respondentAttended = request.respondentAttended();
        s.notes = request.notes().strip();
        s.persistAndFlush();
        return s;
    }

    public List<MediationSession> sessions(long id) {
        return MediationSession.list("caseId = ?1 order by heldOn, id", access.get(id).id);
    }
}
