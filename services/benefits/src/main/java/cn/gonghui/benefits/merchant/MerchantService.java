package cn.gonghui.benefits.merchant;

import cn.gonghui.benefits.card.Card;
import cn.gonghui.benefits.card.QrTokens;
import cn.gonghui.orgreplica.ReplicaScope;
import cn.gonghui.orgreplica.ReplicaUnion;
import cn.gonghui.paging.Page;
import cn.gonghui.paging.PageRequest;
import cn.gonghui.paging.SubtreeQuery;
import cn.gonghui.problems.PastDates;
import cn.gonghui.problems.Preconditions;
import cn.gonghui.problems.ProblemException;
import cn.gonghui.problems.ProblemType;
import cn.gonghui.scope.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** Merchants 加盟商, their offers, and redemptions at the till. */
@ApplicationScoped
public class MerchantService {

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    ReplicaScope unions;

    @Inject
    Caller caller;

    @Inject
    QrTokens tokens;

    @Transactional
    public Merchant enrol(@NotNull @Valid MerchantRequests.Enrol request) {
        unions.activeInScope(request.unionId(), "unionId");
        if (Merchant.count("partnerId", request.partnerId()) > 0) {
            throw ProblemException.conflict("partnerId", "merchant account " + request.partnerId() + " exists");
        }
        Merchant m = new Merchant();
        m.partnerId = request.partnerId();
        m.unionId = request.unionId();
        m.name = request.name().strip();
        m.category = request.category().strip();
        m.joinedOn = PastDates.orToday(request.joinedOn(), clock, "joinedOn");
        m.persistAndFlush();
        return m;
    }

    @Transactional
    public Merchant leave(long id, String ifMatch, @NotNull @Valid MerchantRequests.Leave request) {
        Merchant m = get(id);
        Preconditions.requireMatch(ifMatch, m.version);
        if (m.leftOn != null) {
            throw ProblemException.invalidState("merchant " + id + " left on " + m.leftOn);
        }
        LocalDate on = PastDates.orToday(request.leftOn(), clock, "leftOn");
        if (on.isBefore(m.joinedOn)) {
            throw ProblemException.invalid("leftOn", "must not be before the merchant joined (" + m.joinedOn + ")");
        }
        m.leftOn = on;
        em.flush();
        return m;
    }

    /** A merchant an officer reaches, or the caller's own merchant account. */
    public Merchant get(long id) {
        Merchant m = Merchant.findById(id);
        boolean visible = m != null && (caller.partnerId().isPresent() ? caller.partnerId().get().equals(m.partnerId) : unions.reaches(m.unionId));
        if (!visible) {
            throw ProblemException.notFound("merchant", id);
        }
        return m;
    }

    public Page<Merchant> list(Long unionId, PageRequest page) {
        return SubtreeQuery.of(Merchant.class, "ReplicaUnion", "unionId", unions.listPath(unionId), page).fetch(em, m -> m.id);
    }

    @Transactional
    public Offer publish(long merchantId, @NotNull @Valid MerchantRequests.Publish request) {
        Merchant m = get(merchantId);
        unions.activeInScope(request.unionId(), "unionId");
        if (request.validTo().isBefore(request.validFrom())) {
            throw ProblemException.invalid("validTo", "must not be before validFrom");
        }
        if (request.discount() == Offer.Discount.PERCENT_OFF && (request.value() < 1 || request.value() > 99)) {
            throw ProblemException.invalid("value", "a PERCENT_OFF offer takes 1 to 99 percent");
        }
        Offer o = new Offer();
        o.merchantId = m.id;
        o.unionId = request.unionId();
        o.title = request.title().strip();
        o.discount = request.discount();
        o.value = request.value();
        o.validFrom = request.validFrom();
        o.validTo = request.validTo();
        o.quotaPerMember = request.quotaPerMember();
        o.persistAndFlush();
        return o;
    }

    public List<Offer> offers(long merchantId) {
        return Offer.list("merchantId = ?1 order by id", get(merchantId).id);
    }

    /**
     * 核销 at the till: the merchant's own offer, valid today; a genuine, unexpired, unused QR token of an
     * active card whose member belongs to the offer's subtree; within the member's quota. The card row is
     * locked, so two tills cannot both spend the last use.
     */
    @Transactional
    public MerchantViews.RedemptionView redeem(@NotNull @Valid MerchantRequests.Redeem request) {
        LocalDate today = LocalDate.now(clock);
        Merchant merchant = own();
        if (!merchant.partnerOn(today)) {
            throw ProblemException.forbidden("merchant " + merchant.id + " is not a partner today");
        }
        Offer offer = Offer.findById(request.offerId());
        if (offer == null || !offer.merchantId.equals(merchant.id)) {
            throw ProblemException.invalid("offerId", "offer " + request.offerId() + " is not one of yours");
        }
        if (!offer.validOn(today)) {
            throw ProblemException.invalidState("offer " + offer.id + " is valid from " + offer.validFrom + " to " + offer.validTo);
        }
        QrTokens.Verified token = tokens.verify(request.token(), "token");
        int used = em.createNativeQuery("INSERT INTO used_token (nonce, expires_at) VALUES (:nonce, :expires) ON CONFLICT DO NOTHING")
                .setParameter("nonce", token.nonce()).setParameter("expires", OffsetDateTime.ofInstant(token.expiresAt(), clock.getZone()))
                .executeUpdate();
        if (used == 0) {
            throw new ProblemException(ProblemType.CONFLICT, "this QR code was already used; ask the member to refresh it");
        }
        Card card = em.find(Card.class, token.cardId(), LockModeType.PESSIMISTIC_WRITE);
        if (card == null || !card.active()) {
            throw ProblemException.invalidState("not a valid member card");
        }
        ReplicaUnion cardUnion = ReplicaUnion.findById(card.unionId);
        ReplicaUnion offerUnion = ReplicaUnion.findById(offer.unionId);
        if (cardUnion == null || offerUnion == null || !cardUnion.path.startsWith(offerUnion.path)) {
            throw ProblemException.invalidState("this offer is not for this member's union");
        }
        long usedBefore = Redemption.count("offerId = ?1 and memberId = ?2", offer.id, card.memberId);
        if (usedBefore >= offer.quotaPerMember) {
            throw ProblemException.invalidState("this member has used offer " + offer.id + " " + offer.quotaPerMember + " times, its quota");
        }
        Redemption r = new Redemption();
        r.offerId = offer.id;
        r.merchantId = merchant.id;
        r.cardId = card.id;
        r.memberId = card.memberId;
        r.unionId = card.unionId;
        r.redeemedAt = OffsetDateTime.now(clock);
        r.redeemedOn = today;
        r.persistAndFlush();
        return new MerchantViews.RedemptionView(r.id, offer.id, true, true, (int) (offer.quotaPerMember - usedBefore - 1), r.redeemedAt);
    }

    /** The merchant's own redemptions, newest last; only its offers, and no member facts. */
    public Page<Redemption> redemptions(PageRequest page) {
        Merchant merchant = own();
        List<Redemption> rows = Redemption.find("merchantId = ?1 and id > ?2 order by id", merchant.id, page.afterId())
                .page(0, page.fetchSize()).list();
        return page.page(rows, r -> r.id);
    }

    private Merchant own() {
        String partner = caller.partnerId().orElseThrow(() -> ProblemException.forbidden("the merchant token has no partnerId claim"));
        Merchant m = Merchant.find("partnerId", partner).firstResult();
        if (m == null) {
            throw ProblemException.forbidden("partner " + partner + " is not a merchant of any union");
        }
        return m;
    }
}
