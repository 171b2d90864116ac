package cn.gonghui.localstack;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.common.utils.Exit;

/**
 * A real Apache Kafka broker in KRaft mode (one combined broker + controller node), in this JVM.
 *
 * <p>A broker calls {@code Exit.halt(1)} when it loses its log directory, and that happens when the
 * JVM's shutdown hooks stop the broker and delete its folders while its threads still run. In a test
 * JVM that turned a green suite into a failed Surefire fork (exit status 1) about one run in three. An
 * embedded broker must never end the JVM that hosts it, so its exit and halt calls are only recorded.
 */
public final class LocalKafka implements AutoCloseable {

    private static final List<String> SUPPRESSED_EXITS = new CopyOnWriteArrayList<>();

    private final KafkaClusterTestKit cluster;

    private LocalKafka(KafkaClusterTestKit cluster) {
        this.cluster = cluster;
    }

    public static LocalKafka start() throws Exception {
        Exit.setExitProcedure((status, message) -> suppressed("exit", status, message));
        Exit.setHaltProcedure((status, message) -> suppressed("halt", status, message));
        KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                .setCombined(true)
                .setNumBrokerNodes(1)
                .setNumControllerNodes(1)
                .build())
                .setConfigProp("auto.create.topics.enable", "true")
                .setConfigProp("num.partitions", "3")
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("offsets.topic.num.partitions", "3")
                .setConfigProp("transaction.state.log.replication.factor", "1")
                .setConfigProp("transaction.state.log.min.isr", "1")
                .setConfigProp("group.initial.rebalance.delay.ms", "0")
                .build();
        cluster.format();
        cluster.startup();
        cluster.waitForReadyBrokers();
        return new LocalKafka(cluster);
    }

    private static void suppressed(String call, int status, String message) {
        String line = "embedded Kafka asked to " + call + "(" + status + "): " + message + " (ignored; the JVM keeps running)";
        SUPPRESSED_EXITS.add(line);
        System.err.println(line);
    }

    /** The exit and halt calls the broker made, in order. */
    public static List<String> suppressedExits() {
        return List.copyOf(SUPPRESSED_EXITS);
    }

    public String bootstrapServers() {
        return cluster.bootstrapServers();
    }

    @Override
    public void close() throws Exception {
        cluster.close();
    }
}
