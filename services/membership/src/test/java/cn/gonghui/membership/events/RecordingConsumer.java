package cn.gonghui.membership.events;

import cn.gonghui.events.EventEnvelope;
import cn.gonghui.events.IdempotentConsumer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** A consumer that only counts what it applies, to test the idempotent consumer base on the real broker. */
@ApplicationScoped
public class RecordingConsumer extends IdempotentConsumer {

    static final String TOPIC = "membership.consumer-test";
    static final Map<String, AtomicInteger> APPLIED = new ConcurrentHashMap<>();

    @Override
    protected String name() {
        return "membership-test";
    }

    @Override
    protected Collection<String> topics() {
        return List.of(TOPIC);
    }

    @Override
    protected void apply(EventEnvelope event) {
        if ("AlwaysFails".equals(event.type())) {
            throw new IllegalStateException("this event cannot be applied");
        }
        APPLIED.computeIfAbsent(event.id(), id -> new AtomicInteger()).incrementAndGet();
    }
}
