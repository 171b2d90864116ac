package cn.gonghui.events;

import cn.gonghui.tracing.TraceContext;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opentelemetry.context.Context;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/**
 * Records an integration event in the current transaction; {@link OutboxRelay} publishes it after commit,
 * with the trace context that was current here (the request's, or the consumed event's).
 */
@ApplicationScoped
public class Outbox {

    @Inject
    EventsConfig config;

    @Inject
    ObjectMapper mapper;

    @Inject
    Clock clock;

    /**
     * Must run inside the transaction that makes the change, so both commit or neither does. The subject
     * names the aggregate with its kind, e.g. {@code members/42}; it is also the Kafka key.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public EventEnvelope record(String type, String subject, Object data) {
        return record(type, subject, subject, data);
    }

    /**
     * Like {@link #record(String, String, Object)} with an explicit Kafka key: events of different
     * aggregates whose consumers need them in one order share a key (every union-tree event uses
     * {@code union-tree}, so a child's creation never overtakes its parent's move).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public EventEnvelope record(String type, String subject, String key, Object data) {
        EventEnvelope envelope = envelope(type, subject, data);
        OutboxEvent event = new OutboxEvent();
        event.eventId = UUID.fromString(envelope.id());
        event.topic = config.topic();
        event.aggregateId = key;
        event.type = type;
        event.occurredAt = envelope.time();
        Map<String, String> trace = TraceContext.headers(Context.current());
        event.traceparent = trace.get(TraceContext.TRACEPARENT);
        event.tracestate = trace.get(TraceContext.TRACESTATE);
        try {
            event.envelope = mapper.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event data cannot be written as JSON", e);
        }
        event.persist();
        return envelope;
    }

    public EventEnvelope envelope(String type, String subject, Object data) {
        return new EventEnvelope(EventEnvelope.SPEC_VERSION, UUID.randomUUID().toString(), config.source(), type,
                OffsetDateTime.now(clock), subject, "application/json",
                mapper.valueToTree(data));
    }
}
