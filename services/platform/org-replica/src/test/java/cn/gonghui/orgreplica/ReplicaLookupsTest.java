package cn.gonghui.orgreplica;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a service asks the replica: a union's path for scope checks, an enterprise or a member in the caller's subtree. */
@QuarkusTest
class ReplicaLookupsTest {

    @Inject
    Broker broker;

    @Inject
    ReplicaProbe replica;

    @Inject
    ReplicaUnionTree tree;

    @Inject
    ReplicaEnterprises enterprises;

    @Inject
    ReplicaMembers members;

    @Test
    void theTreeAnswersPathsAndRefusesDissolvedUnionsAsActive() {
        long root = Envelopes.freshIds() + 1;
        long street = root + 1;
        long gone = root + 2;
        broker.publish(Envelopes.unionCreated(root, null));
        broker.publish(Envelopes.unionCreated(street, root));
        broker.publish(Envelopes.unionCreated(gone, street));
        replica.awaitTaken(broker.publish(Envelopes.unionDissolved(gone)));

        assertThat(tree.pathOf(street)).contains("/" + root + "/" + street + "/");
        assertThat(tree.activePathOf(street)).contains("/" + root + "/" + street + "/");
        assertThat(tree.pathOf(gone)).contains("/" + root + "/" + street + "/" + gone + "/");
        assertThat(tree.activePathOf(gone)).as("a dissolved union's officers act on nothing").isEmpty();
        assertThat(tree.pathOf(root + 99)).isEmpty();
        assertThat(tree.activePathOf(root + 99)).isEmpty();
    }

    @Test
    void enterprisesAndMembersAreInASubtreeOnlyUnderAUnionTheReplicaKnows() {
        long root = Envelopes.freshIds() + 1;
        long street = root + 1;
        long notYetKnown = root + 2;
        long enterprise = root + 3;
        long stray = root + 4;
        long member = root + 5;
        String creditCode = Envelopes.creditCode();
        broker.publish(Envelopes.unionCreated(root, null));
        broker.publish(Envelopes.unionCreated(street, root));
        replica.awaitTaken(List.of(
                broker.publish(Envelopes.enterpriseRegistered(enterprise, creditCode, street)),
                broker.publish(Envelopes.enterpriseRegistered(stray, Envelopes.creditCode(), notYetKnown)),
                broker.publish(Envelopes.memberJoined(member, street, "FEMALE", 1990))));

        assertThat(enterprises.find(enterprise)).map(e -> e.unionId).contains(street);
        assertThat(enterprises.findByCreditCode(creditCode)).map(e -> e.id).contains(enterprise);
        assertThat(enterprises.inSubtree(enterprise, Optional.of("/" + root + "/"))).isPresent();
        assertThat(enterprises.inSubtree(enterprise, Optional.of("/" + root + "/" + root + "/"))).isEmpty();
        assertThat(enterprises.inSubtree(enterprise, Optional.empty())).isPresent();
        assertThat(enterprises.find(stray)).as("stored as given").map(e -> e.unionId).contains(notYetKnown);
        assertThat(enterprises.inSubtree(stray, Optional.empty())).as("invisible until its union arrives").isEmpty();

        assertThat(members.find(member)).map(m -> m.unionId).contains(street);
        assertThat(members.inSubtree(member, Optional.of("/" + root + "/" + street + "/"))).isPresent();
        assertThat(members.inSubtree(member, Optional.of("/1/"))).isEmpty();
        assertThat(members.find(member + 1000)).isEmpty();
    }
}
