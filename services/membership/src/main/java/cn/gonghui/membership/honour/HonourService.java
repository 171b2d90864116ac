package cn.gonghui.membership.honour;

import cn.gonghui.paging.SubtreeQuery;
import cn.gonghui.membership.enterprise.Enterprise;
import cn.gonghui.membership.member.Member;
import cn.gonghui.membership.member.MemberStatus;
import cn.gonghui.membership.union.Union;
import cn.gonghui.membership.union.UnionService;
import cn.gonghui.paging.Page;
import cn.gonghui.paging.PageRequest;
import cn.gonghui.events.Outbox;
import cn.gonghui.membership.servicepoint.ServicePoint;
import cn.gonghui.problems.PastDates;
import cn.gonghui.problems.Preconditions;
import cn.gonghui.problems.ProblemException;
import cn.gonghui.scope.UnionScope;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;

/** The honours register: which honour may go to which recipient, once, recorded by a union in the caller's scope. */
@ApplicationScoped
public class HonourService {

    @Inject
    Clock clock;

    /** The first year honours are registered for (the first national model-worker conference after 1949 was in 1950). */
    static final int FIRST_YEAR = 1950;

    @Inject
    jakarta.persistence.EntityManager em;

    @Inject
    UnionService unions;

    @Inject
    UnionScope scope;

    @Inject
    Outbox outbox;

    @Transactional
    public Honour award(@NotNull @Valid HonourRequests.Award request) {
        LocalDate today = LocalDate.now(clock);
        int year = request.year();
        if (year < FIRST_YEAR || year > today.getYear()) {
            throw ProblemException.invalid("year", "must be between " + FIRST_YEAR + " and " + today.getYear());
        }
        HonourStatus status = request.status() == null ? HonourStatus.CONFERRED : request.status();
        if (status != HonourStatus.NOMINATED && status != HonourStatus.CONFERRED) {
            throw ProblemException.invalid("status", "an honour is recorded NOMINATED or CONFERRED, not " + status
                    + "; decide or revoke it afterwards");
        }
        if (request.awardedOn() != null && (request.awardedOn().getYear() < year || request.awardedOn().isAfter(today))) {
            throw ProblemException.invalid("awardedOn", "must lie between the start of " + year + " and today");
        }
        if (status == HonourStatus.NOMINATED && request.awardedOn() != null) {
            throw ProblemException.invalid("awardedOn", "must be empty for a nomination; it is set when the nomination is conferred");
        }
        if (request.nominatedOn() != null && request.nominatedOn().isAfter(today)) {
            throw ProblemException.invalid("nominatedOn", "must not be in the future");
        }
        if (request.nominatedOn() != null && request.awardedOn() != null && request.awardedOn().isBefore(request.nominatedOn())) {
            throw ProblemException.invalid("awardedOn", "must not be before nominatedOn");
        }
        Union union = unions.activeInScope(request.unionId(), "unionId");
        HonourKind kind = request.kind();
        RecipientType type = request.recipientType();
        if (!kind.mayGoTo(type)) {
            throw ProblemException.invalid("recipientType", kind.term() + " (" + kind + ") goes to "
                    + String.join(" or ", kind.recipients().stream().map(Enum::name).toList()) + ", not " + type);
        }
        String programme = blankToNull(request.programme());
        if (kind == HonourKind.COMMENDATION && programme == null) {
            throw ProblemException.invalid("programme", "is required for a COMMENDATION (e.g. 双爱双评)");
        }
        Honour h = new Honour();
        h.kind = kind;
        h.level = request.level();
        h.year = year;
        h.recipientType = type;
        h.unionId = union.id;
        h.title = request.title().strip();
        h.status = status;
        h.awardedOn = request.awardedOn();
        h.nominatedOn = request.nominatedOn() != null || status != HonourStatus.NOMINATED ? request.nominatedOn() : today;
        h.rewardFen = request.rewardFen();
        h.conferredBy = blankToNull(request.conferredBy());
        h.programme = programme;
        if (type != RecipientType.UNION) {
            absent(request.recipientUnionId(), "recipientUnionId", type);
        }
        if (type != RecipientType.SERVICE_POINT) {
            absent(request.servicePointId(), "servicePointId", type);
        }
        if (type != RecipientType.PERSON) {
            absent(request.personName(), "personName", type);
        }
        switch (type) {
            case MEMBER -> {
                absent(request.enterpriseId(), "enterpriseId", type);
                absent(request.teamName(), "teamName", type);
                h.memberId = member(request.memberId()).id;
            }
            case ENTERPRISE -> {
                absent(request.memberId(), "memberId", type);
                absent(request.teamName(), "teamName", type);
                h.enterpriseId = enterprise(request.enterpriseId()).id;
            }
            case TEAM -> {
                absent(request.memberId(), "memberId", type);
                h.teamName = required(request.teamName(), "teamName", type);
                h.enterpriseId = request.enterpriseId() == null ? null : enterprise(request.enterpriseId()).id;
            }
            case UNION -> {
                absent(request.memberId(), "memberId", type);
                absent(request.enterpriseId(), "enterpriseId", type);
                absent(request.teamName(), "teamName", type);
                if (request.recipientUnionId() == null) {
                    throw ProblemException.invalid("recipientUnionId", "is required when recipientType is UNION");
                }
                h.recipientUnionId = unions.activeInScope(request.recipientUnionId(), "recipientUnionId").id;
            }
            case SERVICE_POINT -> {
                absent(request.memberId(), "memberId", type);
                absent(request.enterpriseId(), "enterpriseId", type);
                absent(request.teamName(), "teamName", type);
                h.servicePointId = servicePoint(request.servicePointId()).id;
            }
            case PERSON -> {
                absent(request.memberId(), "memberId", type);
                absent(request.teamName(), "teamName", type);
                h.personName = required(request.personName(), "personName", type);
                h.enterpriseId = request.enterpriseId() == null ? null : enterprise(request.enterpriseId()).id;
            }
            default -> throw new IllegalStateException("unknown recipient type " + type);
        }
        rejectDuplicate(h);
        h.persistAndFlush();
        if (h.status == HonourStatus.CONFERRED) {
            conferred(h);
        }
        return h;
    }

    /** 评审结果: a nomination is conferred or not. */
    @Transactional
    public Honour decide(long id, String ifMatch, @NotNull @Valid HonourRequests.Decision request) {
        Honour h = get(id);
        Preconditions.requireMatch(ifMatch, h.version);
        h.decide(request.outcome(), PastDates.orToday(request.on(), clock, "on"));
        em.flush();
        if (h.status == HonourStatus.CONFERRED) {
            conferred(h);
        }
        return h;
    }

    /** 撤销 a conferred honour. */
    @Transactional
    public Honour revoke(long id, String ifMatch, @Valid HonourRequests.Revocation request) {
        Honour h = get(id);
        Preconditions.requireMatch(ifMatch, h.version);
        h.revoke(PastDates.orToday(request == null ? null : request.on(), clock, "on"),
                request == null ? null : blankToNull(request.reason()));
        em.flush();
        outbox.record("HonourRevoked", "honours/" + h.id, new HonourEvents.HonourRevoked(h.id, h.kind, h.level, h.year,
                h.recipientType, h.memberId, h.unionId, h.revokedOn));
        return h;
    }

    private void conferred(Honour h) {
        outbox.record("HonourConferred", "honours/" + h.id, new HonourEvents.HonourConferred(h.id, h.kind, h.level, h.year,
                h.recipientType, h.memberId, h.enterpriseId, h.recipientUnionId, h.servicePointId, h.unionId, h.awardedOn,
                h.rewardFen));
    }

    /** The honour, if its union is in the caller's subtree. */
    public Honour get(long id) {
        Honour h = Honour.findById(id);
        if (h == null || !scope.mayActOn(h.unionId)) {
            throw ProblemException.notFound("honour", id);
        }
        return h;
    }

    /** Honours of the caller's subtree (or of the given union's subtree), in id order. */
    public Page<Honour> list(Long unionId, Integer year, HonourKind kind, HonourLevel level, HonourStatus status,
            PageRequest page) {
        return SubtreeQuery.of(Honour.class, "Union", "unionId", unions.listPath(unionId), page)
                .where("year", year)
                .where("kind", kind)
                .where("level", level)
                .where("status", status)
                .fetch(em, h -> h.id);
    }

    private Member member(Long memberId) {
        if (memberId == null) {
            throw ProblemException.invalid("memberId", "is required when recipientType is MEMBER");
        }
        Member m = Member.findById(memberId);
        if (m == null || !scope.mayActOn(m.unionId)) {
            throw ProblemException.invalid("memberId", "member " + memberId + " does not exist or is outside your scope");
        }
        if (m.status != MemberStatus.ACTIVE && m.status != MemberStatus.LEFT) {
            throw ProblemException.invalid("memberId", "member " + memberId + " has not joined (status " + m.status + ")");
        }
        return m;
    }

    private Enterprise enterprise(Long enterpriseId) {
        if (enterpriseId == null) {
            throw ProblemException.invalid("enterpriseId", "is required when recipientType is ENTERPRISE");
        }
        Enterprise e = Enterprise.findById(enterpriseId);
        if (e == null || !scope.mayActOn(e.unionId)) {
            throw ProblemException.invalid("enterpriseId", "enterprise " + enterpriseId + " does not exist or is outside your scope");
        }
        return e;
    }

    private ServicePoint servicePoint(Long pointId) {
        if (pointId == null) {
            throw ProblemException.invalid("servicePointId", "is required when recipientType is SERVICE_POINT");
        }
        ServicePoint p = ServicePoint.findById(pointId);
        if (p == null || !scope.mayActOn(p.unionId)) {
            throw ProblemException.invalid("servicePointId", "service point " + pointId + " does not exist or is outside your scope");
        }
        return p;
    }

    private static String required(String value, String field, RecipientType type) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalid(field, "is required when recipientType is " + type);
        }
        return value.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static void absent(Object value, String field, RecipientType type) {
        if (value != null) {
            throw ProblemException.invalid(field, "must be empty when recipientType is " + type);
        }
    }

    /**
     * The same honour (kind, level, year; for a commendation, programme) goes to the same recipient once; a team and a
     * person who is not a member are known by their union and name.
     */
    private static void rejectDuplicate(Honour h) {
        String query = "from Honour h where h.kind = :kind and h.level = :level and h.year = :year"
                + " and h.recipientType = :type and coalesce(h.programme, '') = :programme";
        Parameters params = Parameters.with("kind", h.kind).and("level", h.level).and("year", h.year)
                .and("type", h.recipientType).and("programme", h.programme == null ? "" : h.programme);
        String field;
        switch (h.recipientType) {
            case MEMBER -> {
                query += " and h.memberId = :member";
                params = params.and("member", h.memberId);
                field = "memberId";
            }
            case ENTERPRISE -> {
                query += " and h.enterpriseId = :enterprise";
                params = params.and("enterprise", h.enterpriseId);
                field = "enterpriseId";
            }
            case UNION -> {
                query += " and h.recipientUnionId = :recipient";
                params = params.and("recipient", h.recipientUnionId);
                field = "recipientUnionId";
            }
            case SERVICE_POINT -> {
                query += " and h.servicePointId = :point";
                params = params.and("point", h.servicePointId);
                field = "servicePointId";
            }
            case PERSON -> {
                query += " and h.unionId = :union and h.personName = :person";
                params = params.and("union", h.unionId).and("person", h.personName);
                field = "personName";
            }
            default -> {
                query += " and h.unionId = :union and h.teamName = :team";
                params = params.and("union", h.unionId).and("team", h.teamName);
                field = "teamName";
            }
        }
        if (Honour.count(query, params) > 0) {
            throw ProblemException.conflict(field, "already holds " + h.year + " " + h.level + " " + h.kind.term()
                    + " (" + h.kind + ")");
        }
    }
}
