package cn.gonghui.orgreplica.testkit;

import cn.gonghui.orgreplica.ReplicaEnterprise;
import cn.gonghui.orgreplica.ReplicaMember;
import cn.gonghui.orgreplica.ReplicaUnion;
import cn.gonghui.testkit.Eventually;
import cn.gonghui.testkit.OrgTree;
import cn.gonghui.testkit.TestIdentifiers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Duration;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The organisation for the tests of a service that keeps membership's organisation in its replica
 * (org-replica): made the way the service meets it, as membership's events on the service's own broker
 * ({@link OrgTree}), each call returning once the replica has what it made. A service's
 * {@code Fixtures} extends this and adds what is its own; runs inside the service's {@code @QuarkusTest}.
 */
public class ReplicaOrg {

    private static OrgTree org;

    protected ReplicaOrg() {
    }

    /** The events' publisher, on the broker the service under test reads ({@code kafka.bootstrap.servers}). */
    public static synchronized OrgTree org() {
        if (org == null) {
            org = OrgTree.on(bootstrap());
        }
        return org;
    }

    /** The service's {@code kafka.bootstrap.servers}. */
    public static String bootstrap() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }

    /** A fresh district → street → enterprise union tree the replica knows. */
    public static OrgTree.Tree tree() {
        OrgTree.Tree t = org().tree();
        awaitReplica(() -> ReplicaUnion.findById(t.enterpriseUnion()) != null);
        return t;
    }

    /** A union of this kind under {@code parent}. */
    public static long union(long parent, String kind) {
        long id = org().union(parent, kind, "工会" + id());
        awaitReplica(() -> ReplicaUnion.findById(id) != null);
        return id;
    }

    /** An enterprise covered by the union, as {@link OrgTree#enterprise(long)} registers it. */
    public static long enterprise(long unionId) {
        long id = org().enterprise(unionId);
        awaitReplica(() -> ReplicaEnterprise.findById(id) != null);
        return id;
    }

    /** A member of the union. */
    public static long member(long unionId) {
        long id = org().member(unionId);
        awaitReplica(() -> ReplicaMember.findById(id) != null);
        return id;
    }

    /** Waits (at most 30 s) until {@code known} holds, read in a transaction of its own. */
    public static void awaitReplica(Supplier<Boolean> known) {
        Eventually.await(Duration.ofSeconds(30), "the replica has the organisation",
                () -> QuarkusTransaction.requiringNew().call(known::get));
    }

    public static long id() {
        return TestIdentifiers.unique();
    }
}
