package cn.gonghui.membership.honour;

import cn.gonghui.paging.SubtreeQuery;
import cn.gonghui.membership.enterprise.Enterprise;
import cn.gonghui.membership.member.Member;
import cn.gonghui.membership.member.MemberStatus;
import cn.gonghui.membership.union.Union;
import cn.gonghui.membership.union.UnionService;
import cn.gonghui.paging.Page;
import cn.gonghui.paging.PageRequest;
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

    @Transactional
    public Honour award(@NotNull @Valid HonourRequests.Award request) {
        LocalDate today = LocalDate.now(clock);
        int year = request.year();
        if (year < FIRST_YEAR || year > today.getYear()) {
            throw ProblemException.invalid("year", "must be between " + FIRST_YEAR + " and " + today.getYear());
        }
        if (request.awardedOn() != null && (request.awardedOn().getYear() < year || request.awardedOn().isAfter(today))) {
            throw ProblemException.invalid("awardedOn", "must lie between the start of " + year + " and today");
        }
        Union union = unions.activeInScope(request.unionId(), "unionId");
        HonourKind kind = request.kind();
        RecipientType type = request.recipientType();
        if (!kind.mayGoTo(type)) {
            throw ProblemException.invalid("recipientType", kind.term() + " (" + kind + ") goes to "
                    + String.join(" or ", kind.recipients().stream().map(Enum::name).toList()) + ", not " + type);
        }
        Honour h = new Honour();
        h.kind = kind;
        h.level = request.level();
        h.year = year;
        h.recipientType = type;
        h.unionId = union.id;
        h.title = request.title().strip();
        h.awardedOn = request.awardedOn();
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
                if (request.teamName() == null || request.teamName().isBlank()) {
                    throw ProblemException.invalid("teamName", "is required when recipientType is TEAM");
                }
                h.teamName = request.teamName().strip();
                h.enterpriseId = request.enterpriseId() == null ? null : enterprise(request.enterpriseId()).id;
            }
            default -> throw new IllegalStateException("unknown recipient type " + type);
        }
        rejectDuplicate(h);
        h.persistAndFlush();
        return h;
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
    public Page<Honour> list(Long unionId, Integer year, HonourKind kind, HonourLevel level, PageRequest page) {
        return SubtreeQuery.of(Honour.class, "Union", "unionId", unions.listPath(unionId), page)
                .where("year", year)
                .where("kind", kind)
                .where("level", level)
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

    private static void absent(Object value, String field, RecipientType type) {
        if (value != null) {
            throw ProblemException.invalid(field, "must be empty when recipientType is " + type);
        }
    }

    /** The same honour (kind, level, year) goes to the same recipient once; a team is known by its union and name. */
    private static void rejectDuplicate(Honour h) {
        String query = "from Honour h where h.kind = :kind and h.level = :level and h.year = :year"
                + " and h.recipientType = :type";
        Parameters params = Parameters.with("kind", h.kind).and("level", h.level).and("year", h.year)
                .and("type", h.recipientType);
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
