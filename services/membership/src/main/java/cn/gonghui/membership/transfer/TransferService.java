package cn.gonghui.membership.transfer;

import cn.gonghui.paging.SubtreeQuery;
import cn.gonghui.events.Outbox;
import cn.gonghui.membership.member.Member;
import cn.gonghui.membership.member.MemberEvents;
import cn.gonghui.membership.member.MemberStatus;
import cn.gonghui.membership.union.Union;
import cn.gonghui.membership.union.UnionService;
import cn.gonghui.paging.Page;
import cn.gonghui.paging.PageRequest;
import cn.gonghui.problems.ProblemException;
import cn.gonghui.scope.Caller;
import cn.gonghui.scope.UnionScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.OffsetDateTime;

/** 转会: two steps, so a member is never in two unions and never in none. */
@ApplicationScoped
public class TransferService {

    @Inject
    Caller caller;

    @Inject
    UnionScope scope;

    @Inject
    UnionService unions;

    @Inject
    Outbox outbox;

    @Inject
    cn.gonghui.membership.member.MemberService members;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional
    public MemberTransfer release(@NotNull @Valid TransferRequests.Release request) {
        long memberId = request.memberId();
        Member member = members.lockedInScope(memberId);
        if (member.status != MemberStatus.ACTIVE) {
            throw ProblemException.invalidState("member " + memberId + " is " + member.status + " and cannot transfer");
        }
        Union target = unions.active(request.toUnionId(), "toUnionId");
        if (target.id.equals(member.unionId)) {
            throw ProblemException.invalid("toUnionId", "is the member's current union");
        }
        if (MemberTransfer.count("memberId = ?1 and status = ?2", memberId, TransferStatus.RELEASED) > 0) {
            throw ProblemException.invalidState("member " + memberId + " already has an open transfer");
        }
        MemberTransfer t = new MemberTransfer();
        t.memberId = memberId;
        t.fromUnionId = member.unionId;
        t.toUnionId = target.id;
        t.status = TransferStatus.RELEASED;
        t.reason = request.reason();
        t.releasedBy = caller.subject();
        t.releasedAt = OffsetDateTime.now(clock);
        t.persistAndFlush();
        return t;
    }

    @Transactional
    public MemberTransfer accept(long transferId, @NotNull @Valid TransferRequests.Accept request) {
        MemberTransfer t = lockedOpen(transferId);
        if (!scope.mayActOn(t.toUnionId)) {
            throw ProblemException.forbidden("only the receiving union accepts a transfer");
        }
        Member member = Member.findById(t.memberId, LockModeType.PESSIMISTIC_WRITE);
        if (!member.isActiveIn(t.fromUnionId)) {
            throw ProblemException.invalidState("member " + member.id + " is no longer an active member of union " + t.fromUnionId);
        }
        Union target = unions.activeInScope(t.toUnionId, "toUnionId");
        members.requireKnownEnterprise(request.enterpriseId());
        member.moveTo(target.id, request.enterpriseId());
        t.accept(caller.subject(), OffsetDateTime.now(clock));
        em.flush();
        outbox.record("MemberTransferred", "members/" + member.id, new MemberEvents.MemberTransferred(member.id, t.id, t.fromUnionId,
                t.toUnionId, member.enterpriseId, target.kind.isFederation()));
        return t;
    }

    /** The old union withdraws, or the new union declines. */
    @Transactional
    public MemberTransfer cancel(long transferId) {
        MemberTransfer t = lockedOpen(transferId);
        t.cancel(caller.subject(), OffsetDateTime.now(clock));
        em.flush();
        return t;
    }

    public MemberTransfer get(long transferId) {
        MemberTransfer t = MemberTransfer.findById(transferId);
        if (t == null || !(scope.mayActOn(t.fromUnionId) || scope.mayActOn(t.toUnionId))) {
            throw ProblemException.notFound("transfer", transferId);
        }
        return t;
    }

    /** Transfers coming into (incoming) or going out of the caller's subtree, oldest first. */
    public Page<MemberTransfer> list(boolean incoming, TransferStatus status, PageRequest page) {
        return SubtreeQuery.of(MemberTransfer.class, "Union", incoming ? "toUnionId" : "fromUnionId", unions.listPath(null), page)
                .where("status", status)
                .fetch(em, t -> t.id);
    }

    public TransferRequests.View view(MemberTransfer t) {
        Union target = Union.findById(t.toUnionId);
        return new TransferRequests.View(t.id, t.memberId, t.fromUnionId, t.toUnionId, t.status,
                target != null && target.kind.isFederation(), t.reason, t.releasedAt, t.decidedAt, t.version);
    }

    private MemberTransfer lockedOpen(long transferId) {
        MemberTransfer t = MemberTransfer.findById(transferId, LockModeType.PESSIMISTIC_WRITE);
        if (t == null || !(scope.mayActOn(t.fromUnionId) || scope.mayActOn(t.toUnionId))) {
            throw ProblemException.notFound("transfer", transferId);
        }
        t.requireOpen();
        return t;
    }
}
