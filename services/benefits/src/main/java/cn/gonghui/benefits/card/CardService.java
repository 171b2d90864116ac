package cn.gonghui.benefits.card;

import cn.gonghui.events.Outbox;
import cn.gonghui.orgreplica.ReplicaScope;
import cn.gonghui.paging.Page;
import cn.gonghui.paging.PageRequest;
import cn.gonghui.paging.SubtreeQuery;
import cn.gonghui.problems.ProblemException;
import cn.gonghui.scope.Caller;
import cn.gonghui.scope.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;

/** Cards 会员服务卡: the member's own, an officer's subtree's, replacement of a lost one, and the QR proof. */
@ApplicationScoped
public class CardService {

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    ReplicaScope unions;

    @Inject
    QrTokens tokens;

    @Inject
    Outbox outbox;

    /** The member's current card (active or suspended); 404 when membership's events have not made one yet. */
    public Card mine() {
        long member = caller.requireMemberId();
        Card card = Card.find("memberId = ?1 and status <> ?2", member, CardStatus.REPLACED).firstResult();
        if (card == null) {
            throw ProblemException.notFound("card of member", member);
        }
        return card;
    }

    /** A card the caller may see: a member their own cards, an officer their subtree's. */
    public Card get(long id) {
        Card card = Card.findById(id);
        boolean visible = card != null && (caller.is(Roles.MEMBER)
                ? caller.memberId().map(card.memberId::equals).orElse(false)
                : unions.reaches(card.unionId));
        if (!visible) {
            throw ProblemException.notFound("card", id);
        }
        return card;
    }

    public Page<Card> list(Long unionId, CardStatus status, PageRequest page) {
        return SubtreeQuery.of(Card.class, "ReplicaUnion", "unionId", unions.listPath(unionId), page)
                .where("status", status)
                .fetch(em, c -> c.id);
    }

    /** A QR token for the member's active card, valid 60 seconds and once. */
    public QrTokens.Issued qr() {
        Card card = mine();
        if (!card.active()) {
            throw ProblemException.invalidState("card " + card.id + " is " + card.status + "; it cannot be shown at a merchant");
        }
        return tokens.issue(card.id);
    }

    /** 挂失补卡: the lost card is replaced by a new number; the old one no longer works anywhere. */
    @Transactional
    public Card replace(long id) {
        Card lost = em.find(Card.class, get(id).id, LockModeType.PESSIMISTIC_WRITE);
        Card next = new Card();
        lost.replaceWith(next);
        next.number = Card.number(((Number) em.createNativeQuery("SELECT nextval('card_number_seq')").getSingleResult()).longValue());
        next.issuedOn = LocalDate.now(clock);
        em.flush(); // the lost card leaves ACTIVE before the new one takes it (one active card per member)
        next.persistAndFlush();
        lost.replacedBy = next.id;
        em.flush();
        outbox.record("CardIssued", "cards/" + next.id, new CardEvents.CardIssued(next.id, next.memberId, next.unionId, next.number,
                next.issuedOn, lost.id));
        return next;
    }
}
