package cn.gonghui.events;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.inject.Instance;
import java.lang.reflect.Proxy;
import java.util.Collection;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

class ConsumersLivenessTest {

    /**
     * A consumer that was never started: the base class says alive; {@code stopped} overrides it. Built by
     * hand here, so vetoed as a bean of the module's test application.
     */
    @jakarta.enterprise.inject.Vetoed
    static class Consumer extends IdempotentConsumer {
        private final String name;
        private final Boolean alive;

        Consumer(String name, Boolean alive) {
            this.name = name;
            this.alive = alive;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        protected Collection<String> topics() {
            return List.of("membership.events");
        }

        @Override
        protected void apply(EventEnvelope event) {
        }

        @Override
        public boolean alive() {
            return alive == null ? super.alive() : alive;
        }
    }

    @Test
    void theBaseNamesItsDeadLetterTopicAndIsAliveUntilStarted() {
        Consumer consumer = new Consumer("bargaining-org-replica", null);
        assertThat(consumer.deadLetterTopic()).isEqualTo("bargaining-org-replica.dlt");
        assertThat(consumer.alive()).as("not running yet: nothing has stopped").isTrue();
        assertThat(consumer.transientBackoffMillis()).isEqualTo(200);
    }

    @Test
    void upWithoutConsumers() {
        HealthCheckResponse response = liveness().call();
        assertThat(response.getName()).isEqualTo("kafka-consumers");
        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
    }

    @Test
    void upWhileEveryConsumerConsumes() {
        HealthCheckResponse response = liveness(new Consumer("a", null), new Consumer("b", true)).call();
        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        assertThat(response.getData()).hasValueSatisfying(data -> assertThat(data)
                .containsEntry("a", "consuming").containsEntry("b", "consuming"));
    }

    @Test
    void downAsSoonAsOneConsumerHasStoppedNamingIt() {
        HealthCheckResponse response = liveness(new Consumer("a", true), new Consumer("b", false)).call();
        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(response.getData()).hasValueSatisfying(data -> assertThat(data)
                .containsEntry("a", "consuming").containsEntry("b", "stopped"));
    }

    @SuppressWarnings("unchecked")
    private static ConsumersLiveness liveness(IdempotentConsumer... consumers) {
        ConsumersLiveness liveness = new ConsumersLiveness();
        liveness.consumers = (Instance<IdempotentConsumer>) Proxy.newProxyInstance(Instance.class.getClassLoader(),
                new Class<?>[] {Instance.class}, (proxy, method, args) -> {
                    if (method.getName().equals("iterator")) {
                        return List.of(consumers).iterator();
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        return liveness;
    }
}
