package cn.gonghui.events;

import io.opentelemetry.api.trace.Span;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** A consumer that only counts what it applies, to test the idempotent consumer base on the real broker. */
@ApplicationScoped
public class RecordingConsumer extends IdempotentConsumer {

    static final String TOPIC = "eventstest.consumer-test";
    /** How many times each event's effect was committed (an effect rolled back with its batch is not counted). */
    static final Map<String, AtomicInteger> APPLIED = new ConcurrentHashMap<>();
    /** Event ids in the order their effects were committed. */
    static final Queue<String> COMMITTED = new ConcurrentLinkedQueue<>();
    /** The transaction each event's effect was committed in. */
    static final Map<String, Object> TRANSACTIONS = new ConcurrentHashMap<>();
    static final Map<String, AtomicInteger> ATTEMPTS = new ConcurrentHashMap<>();
    /** The trace each event was handled in. */
    static final Map<String, String> TRACE_IDS = new ConcurrentHashMap<>();
    /** An event of this type is answered by an event of type Answered about the same subject. */
    static final String ANSWER_ME = "AnswerMe";
    /** An event of this type fails this many times with a lost database connection, then applies. */
    static final int TRANSIENT_FAILURES = 5;

    @Inject
    Outbox outbox;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Override
    public String name() {
        return "eventstest-consumer";
    }

    @Override
    protected long transientBackoffMillis() {
        return 20;
    }

    @Override
    protected Collection<String> topics() {
        return List.of(TOPIC);
    }

    @Override
    protected void apply(EventEnvelope event) {
        int attempt = ATTEMPTS.computeIfAbsent(event.id(), id -> new AtomicInteger()).incrementAndGet();
        if ("DatabaseBrieflyDown".equals(event.type()) && attempt <= TRANSIENT_FAILURES) {
            throw new IllegalStateException(new SQLTransientConnectionException("the database is failing over"));
        }
        if ("AlwaysFails".equals(event.type())) {
            throw new IllegalStateException("this event cannot be applied");
        }
        TRACE_IDS.put(event.id(), Span.current().getSpanContext().getTraceId());
        if (ANSWER_ME.equals(event.type())) {
            outbox.record("Answered", event.subject(), Map.of("to", event.id()));
        }
        committedWithTransaction().add(event.id());
    }

    /** The ids this transaction applied, in order, counted once it commits. */
    @SuppressWarnings("unchecked")
    private List<String> committedWithTransaction() {
        List<String> ids = (List<String>) transactions.getResource(RecordingConsumer.class);
        if (ids != null) {
            return ids;
        }
        List<String> applied = new ArrayList<>();
        Object transaction = transactions.getTransactionKey();
        transactions.putResource(RecordingConsumer.class, applied);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    for (String id : applied) {
                        TRANSACTIONS.put(id, transaction);
                        COMMITTED.add(id);
                        APPLIED.computeIfAbsent(id, key -> new AtomicInteger()).incrementAndGet();
                    }
                }
            }
        });
        return applied;
    }
}
