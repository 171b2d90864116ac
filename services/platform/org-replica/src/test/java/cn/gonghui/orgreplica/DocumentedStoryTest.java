package cn.gonghui.orgreplica;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.paging.PageRequest;
import cn.gonghui.paging.SubtreeQuery;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The documented examples (docs/events/membership/examples/story.jsonl), published to the real broker in order. */
@QuarkusTest
class DocumentedStoryTest {

    @Inject
    Broker broker;

    @Inject
    ReplicaProbe replica;

    @Inject
    ReplicaUnionTree tree;

    @Inject
    EntityManager em;

    @BeforeEach
    void tellTheStory() {
        replica.awaitTaken(broker.publish(Story.envelopes()));
    }

    @Test
    void theStoryBuildsTheTreeItTells() {
        assertThat(replica.union(1)).satisfies(union -> {
            assertThat(union.parentId).isNull();
            assertThat(union.path).isEqualTo("/1/");
            assertThat(union.name).isEqualTo("大兴区总工会");
            assertThat(union.kind).isEqualTo("DISTRICT_FEDERATION");
            assertThat(union.foundedOn).isEqualTo(LocalDate.of(2016, 1, 1));
        });
        assertThat(replica.union(2).path).isEqualTo("/1/2/");
        assertThat(replica.union(3)).satisfies(union -> {
            assertThat(union.parentId).isEqualTo(4L);
            assertThat(union.path).isEqualTo("/1/4/3/");
            assertThat(union.name).isEqualTo("北京星河医疗器械有限公司工会");
            assertThat(union.status).isEqualTo(ReplicaUnion.Status.ACTIVE);
        });
        assertThat(replica.union(5)).satisfies(union -> {
            assertThat(union.path).isEqualTo("/1/4/5/");
            assertThat(union.status).isEqualTo(ReplicaUnion.Status.DISSOLVED);
            assertThat(union.dissolvedOn).isEqualTo(LocalDate.of(2026, 11, 25));
        });
        assertThat(tree.pathOf(3)).contains("/1/4/3/");
        assertThat(tree.pathOf(5)).contains("/1/4/5/");
        assertThat(tree.activePathOf(5)).isEmpty();
    }

    @Test
    void theStoryLeavesTheEnterpriseAndTheMemberItTells() {
        assertThat(replica.enterprise(17)).satisfies(enterprise -> {
            assertThat(enterprise.unionId).isEqualTo(3L);
            assertThat(enterprise.creditCode).isEqualTo("91110115MA01K7XH36");
            assertThat(enterprise.name).isEqualTo("北京星河医疗器械有限公司");
            assertThat(enterprise.headcount).as("after EnterpriseUpdated").isEqualTo(251);
            assertThat(enterprise.districtCode).isEqualTo("110115");
            assertThat(enterprise.ownership).isEqualTo("NON_PUBLIC");
            assertThat(enterprise.covered).isTrue();
        });
        assertThat(replica.member(42)).satisfies(member -> {
            assertThat(member.unionId).as("transferred to 2").isEqualTo(2L);
            assertThat(member.enterpriseId).as("parked, no employer").isNull();
            assertThat(member.status).isEqualTo(ReplicaMember.Status.LEFT);
            assertThat(member.leftOn).isEqualTo(LocalDate.of(2026, 11, 20));
            assertThat(member.retired).isTrue();
            assertThat(member.retiredOn).isEqualTo(LocalDate.of(2026, 10, 30));
            assertThat(member.joinedOn).isEqualTo(LocalDate.of(2026, 3, 16));
            assertThat(member.gender).isEqualTo(ReplicaMember.Gender.FEMALE);
            assertThat(member.birthYear).isEqualTo(1988);
        });
    }

    @Test
    void subtreeListsJoinTheReplicasUnions() {
        assertThat(enterprisesUnder("/1/4/")).contains(17L);
        assertThat(enterprisesUnder("/1/2/")).doesNotContain(17L);
        assertThat(membersUnder("/1/2/")).contains(42L);
        assertThat(membersUnder("/1/4/")).doesNotContain(42L);
    }

    private List<Long> enterprisesUnder(String prefix) {
        return QuarkusTransaction.requiringNew().call(() -> SubtreeQuery.of(ReplicaEnterprise.class, "ReplicaUnion", "unionId",
                prefix, PageRequest.of(200, null)).fetch(em, e -> e.id).items().stream().map(e -> e.id).toList());
    }

    private List<Long> membersUnder(String prefix) {
        return QuarkusTransaction.requiringNew().call(() -> SubtreeQuery.of(ReplicaMember.class, "ReplicaUnion", "unionId",
                prefix, PageRequest.of(200, null)).fetch(em, m -> m.id).items().stream().map(m -> m.id).toList());
    }
}
