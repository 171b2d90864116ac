package cn.gonghui.orgreplica;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** At-least-once delivery and a topic that grows new event types and fields. */
@QuarkusTest
class DeliveryTest {

    @Inject
    Broker broker;

    @Inject
    ReplicaProbe replica;

    @Test
    void theSameEventDeliveredTwiceIsAppliedOnce() {
        long member = Envelopes.freshIds() + 1;
        String joined = Envelopes.memberJoined(member, 77, "MALE", 1970);
        String joinedId = broker.publish(joined);
        broker.publish(Envelopes.memberLeft(member, 77));
        broker.publish(joined);
        // same key, same partition: once this one is taken, both copies of the join were seen
        replica.awaitTaken(broker.publish(Envelopes.memberRetired(member, 77)));

        assertThat(replica.member(member).status).as("the late copy of the join did not undo the leaving")
                .isEqualTo(ReplicaMember.Status.LEFT);
        assertThat(replica.inboxRows(List.of(joinedId))).isEqualTo(1);
    }

    @Test
    void unknownEventTypesAndFieldsAreIgnored() {
        long union = Envelopes.freshIds() + 1;
        ObjectNode future = Envelopes.data().put("unionId", union).put("intoUnionId", union + 1);
        String unknownType = broker.publish(Envelopes.envelope("UnionMerged", "unions/" + union, future));
        String created = Envelopes.unionCreated(union, null)
                .replace("\"data\":{", "\"traceparent\":\"00-abc-def-01\",\"data\":{\"mottoOfTheYear\":\"团结\",");
        String createdId = broker.publish(created);
        replica.awaitTaken(List.of(unknownType, createdId));

        assertThat(replica.union(union).path).isEqualTo("/" + union + "/");
        assertThat(replica.parked(unknownType)).isFalse();
    }

    @Test
    void memberJoinedWithoutGenderOrBirthYearKeepsThemUnknown() {
        long member = Envelopes.freshIds() + 1;
        replica.awaitTaken(broker.publish(Envelopes.memberJoined(member, 77, null, null)));

        assertThat(replica.member(member)).satisfies(m -> {
            assertThat(m.gender).isNull();
            assertThat(m.birthYear).isNull();
            assertThat(m.status).isEqualTo(ReplicaMember.Status.ACTIVE);
            assertThat(m.retired).isFalse();
        });
    }
}
