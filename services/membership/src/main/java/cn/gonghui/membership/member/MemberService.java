package cn.gonghui.membership.member;

import cn.gonghui.paging.SubtreeQuery;
import cn.gonghui.events.Outbox;
import cn.gonghui.identifiers.ResidentIdNumber;
import cn.gonghui.membership.enterprise.Enterprise;
import cn.gonghui.membership.ratelimit.RateLimits;
import cn.gonghui.membership.union.Union;
import cn.gonghui.membership.union.UnionService;
import cn.gonghui.paging.Page;
import cn.gonghui.paging.PageRequest;
import cn.gonghui.personaldata.Masks;
import cn.gonghui.personaldata.PersonalDataCipher;
import cn.gonghui.personaldata.PersonalDataAudit;
import cn.gonghui.problems.Preconditions;
import cn.gonghui.problems.ProblemException;
import cn.gonghui.scope.Caller;
import cn.gonghui.scope.Roles;
import cn.gonghui.scope.UnionScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** 会员管理: joining, approval, leaving, retiring, contact data and unmasked reads. */
@ApplicationScoped
public class MemberService {

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Inject
    UnionScope scope;

    @Inject
    UnionService unions;

    @Inject
    PersonalDataCipher cipher;

    @Inject
    PersonalDataAudit audit;

    @Inject
    Outbox outbox;

    @Inject
    RateLimits rateLimits;

    @Inject
    RealNameIdentity realName;

    @Inject
    MemberSelf self;

    @Inject
    EntityManager em;

    /** Whether the caller applies for themselves from the app (member role only), not as union staff. */
    public boolean appliesForSelf() {
        return caller.is(Roles.MEMBER) && !caller.is(Roles.OFFICER) && !caller.is(Roles.DISTRICT_ADMIN);
    }

    /**
     * A worker applies from the app, to any active union, only in their own verified name (review S2): the
     * ID number must match the identity provider's real-name claim. The answer is the same whether or not
     * the person already has a record (an existing record is left as it is), and each account may apply
     * only a few times a day.
     */
    @Transactional
    public void applyForSelf(@NotNull @Valid MemberRequests.Join request) {
        rateLimits.selfApplication(caller.subject());
        realName.requireCallerIs(request.idNumber());
        Union union = unions.active(request.unionId(), "unionId");
        requireKnownEnterprise(request.enterpriseId()); // checked before the record, so a bad value answers alike either way
        String hash = cipher.lookupHash(ResidentIdNumber.normalize(request.idNumber()));
        if (hasCurrentRecord(hash)) {
            return;
        }
        Member m = newMember(request, union);
        m.status = MemberStatus.PENDING;
        m.persistAndFlush();
    }

    /** An officer applies on a worker's behalf, in scope; 409 if the person already has a record. */
    @Transactional
    public Member apply(@NotNull @Valid MemberRequests.Join request) {
        Union union = unions.activeInScope(request.unionId(), "unionId");
        Member m = newMember(request, union);
        m.status = MemberStatus.PENDING;
        m.persistAndFlush();
        return m;
    }

    /** Direct enrolment by an officer: the member is active at once. */
    @Transactional
    public Member enrol(@NotNull @Valid MemberRequests.Join request) {
        Union union = unions.activeInScope(request.unionId(), "unionId");
        Member m = newMember(request, union);
        m.status = MemberStatus.ACTIVE;
        m.joinedOn = m.appliedOn;
        m.persistAndFlush();
        joined(m);
        return m;
    }

    @Transactional
    public Member approve(long id) {
        Member m = lockedInScope(id);
        unions.activeToJoin(m.unionId);
        m.approve(today());
        em.flush();
        joined(m);
        return m;
    }

    @Transactional
    public Member reject(long id, @NotNull @Valid MemberRequests.Reject request) {
        Member m = lockedInScope(id);
        m.reject(request.reason());
        em.flush();
        return m;
    }

    @Transactional
    public Member leave(long id, @NotNull @Valid MemberRequests.Leave request) {
        Member m = lockedInScope(id);
        if (em.createQuery("select count(t) from MemberTransfer t where t.memberId = :id and t.status = 'RELEASED'", Long.class)
                .setParameter("id", id).getSingleResult() > 0) {
            throw ProblemException.invalidState("member " + id + " has an open transfer; cancel it first");
        }
        m.leave(request.leftOn() == null ? today() : request.leftOn(), request.reason());
        em.flush();
        outbox.record("MemberLeft", "members/" + m.id, new MemberEvents.MemberLeft(m.id, m.unionId, m.leftOn));
        return m;
    }

    @Transactional
    public Member retire(long id, @NotNull @Valid MemberRequests.Retire request) {
        Member m = lockedInScope(id);
        m.retire(request.retiredOn() == null ? today() : request.retiredOn());
        em.flush();
        outbox.record("MemberRetired", "members/" + m.id, new MemberEvents.MemberRetired(m.id, m.unionId, m.retiredOn));
        return m;
    }

    /** A member changes their own phone; nobody else uses this. */
    @Transactional
    public Member updateContact(long id, String ifMatch, @NotNull @Valid MemberRequests.Contact request) {
        Member m = self.is(id).orElseThrow(() -> ProblemException.notFound("member", id));
        Preconditions.requireMatch(ifMatch, m.version);
        m.phoneSealed = cipher.seal(request.phone(), Member.phoneContext(m.idNumberHash));
        m.phoneMasked = Masks.phone(request.phone());
        em.flush();
        return m;
    }

    /** The member as the caller may see it: themselves, or anyone in an officer's subtree. */
    public Member get(long id) {
        if (caller.memberId().filter(own -> own == id).isPresent()) {
            Optional<Member> own = self.is(id);
            if (own.isPresent()) {
                return own.get();
            }
        } else if (caller.is(Roles.OFFICER) || caller.is(Roles.DISTRICT_ADMIN)) {
            // the member and its union's path in one read: this is the hottest call of the API
            List<Object[]> rows = em.createQuery("select m, u.path from Member m, Union u where u.id = m.unionId and m.id = :id",
                    Object[].class).setParameter("id", id).getResultList();
            if (!rows.isEmpty() && scope.contains((String) rows.get(0)[1])) {
                return (Member) rows.get(0)[0];
            }
        }
        throw ProblemException.notFound("member", id);
    }

    public Member me() {
        return self.require();
    }

    public Page<Member> list(Long unionId, MemberStatus status, PageRequest page) {
        return SubtreeQuery.of(Member.class, "Union", "unionId", unions.listPath(unionId), page)
                .where("status", status)
                .fetch(em, m -> m.id);
    }

    /**
     * The records of one person, by exact ID number, in the caller's scope. This is personal-data access
     * (review S1): it needs the personal-data-reader permission and a reason, leaves an audit row (a denied
     * attempt too), and each caller may search only so often.
     */
    @Transactional
    public Page<Member> search(@NotNull @Valid MemberRequests.Search request) {
        rateLimits.idNumberSearch(caller.subject());
        Page<Member> found = SubtreeQuery.of(Member.class, "Union", "unionId", unions.listPath(request.unionId()), PageRequest.of(null, null))
                .where("status", request.status())
                .where("idNumberHash", cipher.lookupHash(ResidentIdNumber.normalize(request.idNumber())))
                .fetch(em, m -> m.id);
        String matched = found.items().isEmpty() ? "none"
                : String.join(",", found.items().stream().map(m -> String.valueOf(m.id)).toList());
        audit.unmask("member-search", matched, List.of("idNumber"), request.reason());
        return found;
    }

    /** The ID number and phone in clear: needs the personal-data-reader permission and leaves an audit record. */
    @Transactional
    public MemberRequests.Unmasked unmask(long id, @NotNull @Valid MemberRequests.Unmask request) {
        Member m = get(id);
        if (caller.is(Roles.MEMBER) && !caller.is(Roles.OFFICER) && !caller.is(Roles.DISTRICT_ADMIN)) {
            throw ProblemException.forbidden("members read their own data masked; ask your union officer");
        }
        audit.unmask("member", m.id, List.of("idNumber", "phone"), request.reason());
        return new MemberRequests.Unmasked(m.id, cipher.open(m.idNumberSealed, Member.idNumberContext(m.idNumberHash)),
                cipher.open(m.phoneSealed, Member.phoneContext(m.idNumberHash)));
    }

    /** The member, locked for update, if the caller may act on its union; else 404. */
    public Member lockedInScope(long id) {
        Member m = Member.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (m == null || !scope.mayActOn(m.unionId)) {
            throw ProblemException.notFound("member", id);
        }
        return m;
    }

    private Member newMember(MemberRequests.Join request, Union union) {
        String idNumber = ResidentIdNumber.normalize(request.idNumber());
        String hash = cipher.lookupHash(idNumber);
        if (hasCurrentRecord(hash)) {
            throw ProblemException.conflict("idNumber", "this person already has a membership record");
        }
        requireKnownEnterprise(request.enterpriseId());
        Member m = new Member();
        m.name = request.name().strip();
        m.idNumberHash = hash;
        m.idNumberSealed = cipher.seal(idNumber, Member.idNumberContext(hash));
        m.idNumberMasked = Member.maskedIdNumber(idNumber);
        if (request.phone() != null) {
            m.phoneSealed = cipher.seal(request.phone(), Member.phoneContext(hash));
            m.phoneMasked = Masks.phone(request.phone());
        }
        m.unionId = union.id;
        m.enterpriseId = request.enterpriseId();
        m.appliedBy = caller.subject();
        m.appliedOn = today();
        return m;
    }

    /** Whether the person has a pending application or an active membership (one person, one record). */
    private static boolean hasCurrentRecord(String idNumberHash) {
        return Member.count("idNumberHash = ?1 and status in ?2", idNumberHash, List.of(MemberStatus.PENDING, MemberStatus.ACTIVE)) > 0;
    }

    /** The enterprise exists and, when an officer names it, lies in their scope. */
    public void requireKnownEnterprise(Long enterpriseId) {
        if (enterpriseId == null) {
            return;
        }
        Enterprise e = Enterprise.findById(enterpriseId);
        boolean officer = caller.is(Roles.OFFICER) || caller.is(Roles.DISTRICT_ADMIN);
        if (e == null || (officer && !scope.mayActOn(e.unionId))) {
            throw ProblemException.invalid("enterpriseId", "enterprise " + enterpriseId + " does not exist or is outside your scope");
        }
    }

    private void joined(Member m) {
        outbox.record("MemberJoined", "members/" + m.id, 
                MemberEvents.MemberJoined.of(m.id, m.unionId, m.enterpriseId, m.joinedOn, cipher.open(m.idNumberSealed, Member.idNumberContext(m.idNumberHash))));
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
