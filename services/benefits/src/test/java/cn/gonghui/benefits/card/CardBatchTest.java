package cn.gonghui.benefits.card;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.benefits.Fixtures;
import cn.gonghui.testkit.OrgTree;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * One batch of membership events (the consumer reads the batch's cards in one query and takes its card numbers
 * in one statement) gives the same cards as the events one by one: a member's later events in the batch find
 * the card its joining issued, and a redelivered batch issues nothing.
 */
@QuarkusTest
class CardBatchTest {

    static final AtomicLong OFFSETS = new AtomicLong();

    @Inject
    CardProjection cards;

    @Test
    void aBatchOfJoiningsLeavingsAndRetirementsGivesOneCardPerMemberWithItsFacts() {
        long union = Fixtures.tree().enterpriseUnion();
        String today = Fixtures.today().toString();
        long known = OrgTree.nextId();
        assertThat(cards.consume(List.of(record("MemberJoined", known, joined(known, union, today))), r -> { })).isNull();
        String knownNumber = card(known).number;

        long leaves = OrgTree.nextId();
        long retires = OrgTree.nextId();
        List<ConsumerRecord<String, String>> batch = new ArrayList<>();
        batch.add(record("MemberJoined", leaves, joined(leaves, union, today)));
        batch.add(record("MemberJoined", retires, joined(retires, union, today)));
        batch.add(record("MemberLeft", leaves, "{\"memberId\":" + leaves + ",\"unionId\":" + union + ",\"leftOn\":\"" + today + "\"}"));
        batch.add(record("MemberRetired", retires, "{\"memberId\":" + retires + ",\"unionId\":" + union + ",\"retiredOn\":\"" + today + "\"}"));
        batch.add(record("MemberRetired", known, "{\"memberId\":" + known + ",\"unionId\":" + union + ",\"retiredOn\":\"" + today + "\"}"));
        List<ConsumerRecord<String, String>> handled = new ArrayList<>();

        assertThat(cards.consume(batch, handled::add)).isNull();

        assertThat(handled).containsExactlyElementsOf(batch);
        assertThat(count(leaves)).isEqualTo(1);
        assertThat(card(leaves).status).isEqualTo(CardStatus.SUSPENDED);
        assertThat(count(retires)).isEqualTo(1);
        assertThat(card(retires).retired).isTrue();
        assertThat(card(retires).status).isEqualTo(CardStatus.ACTIVE);
        assertThat(count(known)).as("a member with a card gets no second one").isEqualTo(1);
        assertThat(card(known).number).isEqualTo(knownNumber);
        assertThat(card(known).retired).isTrue();
        assertThat(List.of(card(leaves).number, card(retires).number, knownNumber)).doesNotHaveDuplicates()
                .allSatisfy(number -> assertThat(Card.validNumber(number)).isTrue());

        String leavesNumber = card(leaves).number;
        assertThat(cards.consume(batch, r -> { })).isNull();
        assertThat(count(leaves)).as("a redelivered batch issues nothing").isEqualTo(1);
        assertThat(card(leaves).number).isEqualTo(leavesNumber);
        assertThat(count(retires)).isEqualTo(1);
    }

    private static String joined(long member, long union, String on) {
        return "{\"memberId\":" + member + ",\"unionId\":" + union + ",\"enterpriseId\":null,\"joinedOn\":\"" + on
                + "\",\"gender\":\"FEMALE\",\"birthYear\":1990}";
    }

    private static ConsumerRecord<String, String> record(String type, long member, String data) {
        String envelope = "{\"specversion\":\"1.0\",\"id\":\"" + UUID.randomUUID() + "\",\"source\":\"/gonghui/membership\",\"type\":\""
                + type + "\",\"time\":\"2026-11-23T10:00:00+08:00\",\"subject\":\"members/" + member
                + "\",\"datacontenttype\":\"application/json\",\"data\":" + data + "}";
        return new ConsumerRecord<>("membership.events.batch-test", 0, OFFSETS.incrementAndGet(), "members/" + member, envelope);
    }

    private static long count(long member) {
        return QuarkusTransaction.requiringNew().call(() -> Card.count("memberId", member));
    }

    private static Card card(long member) {
        return QuarkusTransaction.requiringNew().call(() -> Card.<Card>find("memberId", member).firstResult());
    }
}
