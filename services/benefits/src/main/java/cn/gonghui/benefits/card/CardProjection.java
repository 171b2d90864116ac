package cn.gonghui.benefits.card;

import cn.gonghui.events.EventEnvelope;
import cn.gonghui.events.IdempotentConsumer;
import cn.gonghui.events.Outbox;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps the cards from membership's Member* events (consumer group {@code benefits-cards}): a card is issued
 * when a member first appears, suspended when they leave, follows them on a transfer and is marked on
 * retirement; a member who leaves also stops being renewed in mutual-aid insurance. Each event once (the inbox); events of one member arrive in order on their partition, and
 * when they do not (a replay, a rebuilt topic) the dates decide, so the same facts give the same card.
 */
@ApplicationScoped
public class CardProjection extends IdempotentConsumer {

    @ConfigProperty(name = "quarkus.application.name")
    String application;

    @ConfigProperty(name = "gonghui.org-replica.topic", defaultValue = "membership.events")
    String topic;

    @Inject
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    cn.gonghui.benefits.insurance.InsuranceService insurance;

    @Override
    public String name() {
        return application + "-cards";
    }

    @Override
    protected Collection<String> topics() {
        return List.of(topic);
    }

    @Override
    protected void apply(EventEnvelope event) {
        JsonNode data = event.data();
        String type = event.type();
        if (!type.startsWith("Member")) {
            return; // union and enterprise events are the organisation replica's business
        }
        long unionId = data.has("toUnionId") ? data.path("toUnionId").asLong() : data.path("unionId").asLong();
        Card card = current(data.path("memberId").asLong(), unionId);
        CardStatus before = card.id == null ? null : card.status;
        switch (type) {
            case "MemberJoined" -> {
                LocalDate joinedOn = LocalDate.parse(data.path("joinedOn").asText());
                if (card.joinedOn == null || !joinedOn.isBefore(card.joinedOn)) {
                    card.unionId = unionId; // the latest joining says where the member is (a rejoining in another union)
                }
                card.joined(joinedOn);
            }
            case "MemberLeft" -> card.left(LocalDate.parse(data.path("leftOn").asText()));
            case "MemberTransferred" -> card.movedTo(unionId);
            case "MemberRetired" -> card.retire();
            default -> {
                return;
            }
        }
        save(card, before);
        // only a leaving that took effect (not one older than a rejoining already known) ends insurance cover
        if ("MemberLeft".equals(type) && card.status == CardStatus.SUSPENDED && before != CardStatus.SUSPENDED) {
            insurance.memberLeft(card.memberId, LocalDate.parse(data.path("leftOn").asText()));
        }
        if ("MemberTransferred".equals(type)) {
            insurance.memberTransferred(card.memberId, unionId);
        }
    }

    /** What a batch's events need, read in two statements instead of two per event; kept for the batch's transaction. */
    private record Batch(Map<Long, Card> cards, Deque<Long> numbers) {
    }

    /** The current cards of a batch's members in one query (null: none yet), and a card number for each member without one. */
    @Override
    protected void beforeBatch(List<EventEnvelope> events) {
        Map<Long, Card> cards = new HashMap<>();
        for (EventEnvelope event : events) {
            if (event.type().startsWith("Member")) {
                cards.put(event.data().path("memberId").asLong(), null);
            }
        }
        if (cards.isEmpty()) {
            return;
        }
        Card.<Card>list("memberId in ?1 and status <> ?2", cards.keySet(), CardStatus.REPLACED)
                .forEach(card -> cards.put(card.memberId, card));
        long missing = cards.values().stream().filter(Objects::isNull).count();
        Deque<Long> numbers = new ArrayDeque<>();
        if (missing > 0) {
            em.createNativeQuery("SELECT nextval('card_number_seq') FROM generate_series(1, ?1)").setParameter(1, missing)
                    .getResultList().forEach(n -> numbers.add(((Number) n).longValue()));
        }
        transactions.putResource(Batch.class, new Batch(cards, numbers));
    }

    /** The member's current card, issued now if they have none (with the facts still unknown). */
    private Card current(long memberId, long unionId) {
        Batch batch = (Batch) transactions.getResource(Batch.class);
        Card card = batch != null && batch.cards().containsKey(memberId) ? batch.cards().get(memberId)
                : Card.<Card>find("memberId = ?1 and status <> ?2", memberId, CardStatus.REPLACED).firstResult();
        if (card != null) {
            return card;
        }
        card = new Card();
        card.memberId = memberId;
        card.unionId = unionId;
        Long number = batch == null ? null : batch.numbers().poll();
        card.number = Card.number(number != null ? number
                : ((Number) em.createNativeQuery("SELECT nextval('card_number_seq')").getSingleResult()).longValue());
        card.issuedOn = LocalDate.now(clock);
        card.status = null;
        if (batch != null) {
            batch.cards().put(memberId, card);
        }
        return card;
    }

    /** Saves the card and tells what changed: a new card is CardIssued, a card that became suspended CardSuspended. */
    private void save(Card card, CardStatus before) {
        boolean isNew = card.id == null;
        // no flush: a flush per event checks every entity of the batch's session (a profile showed it as the top CPU cost);
        // a new card is inserted at once anyway (its id is an identity), a changed one at commit
        card.persist();
        if (isNew) {
            outbox.record("CardIssued", "cards/" + card.id, new CardEvents.CardIssued(card.id, card.memberId, card.unionId, card.number,
                    card.issuedOn, null));
        }
        if (card.status == CardStatus.SUSPENDED && before != CardStatus.SUSPENDED) {
            outbox.record("CardSuspended", "cards/" + card.id, new CardEvents.CardSuspended(card.id, card.memberId, card.unionId, card.leftOn));
        }
    }
}
