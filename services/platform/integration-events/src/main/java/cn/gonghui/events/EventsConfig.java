package cn.gonghui.events;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "gonghui.events")
public interface EventsConfig {

    /** The topic this service publishes to, e.g. membership.events. */
    String topic();

    /** CloudEvents source of this service, e.g. /gonghui/membership. */
    String source();

    /** How often the relay looks for unpublished rows (read by OutboxRelay's schedule). */
    @WithDefault("1s")
    Duration relayEvery();

    /** How many outbox rows one relay pass publishes at most. */
    @WithDefault("500")
    int relayBatchSize();

    /** How long the relay waits for the broker's acknowledgement of a batch. */
    @WithDefault("30s")
    Duration sendTimeout();

    /**
     * How many records of one partition a consumer applies in one transaction (their inbox rows and effects).
     * 1 applies each record in a transaction of its own.
     */
    @WithDefault("200")
    int consumerBatchSize();
}
