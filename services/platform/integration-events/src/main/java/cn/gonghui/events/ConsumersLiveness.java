package cn.gonghui.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;

/** DOWN when a consumer's thread has ended while the service runs, so Kubernetes restarts the pod. */
@Liveness
@ApplicationScoped
public class ConsumersLiveness implements HealthCheck {

    @Inject
    Instance<IdempotentConsumer> consumers;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("kafka-consumers").up();
        for (IdempotentConsumer consumer : consumers) {
            response.withData(consumer.name(), consumer.alive() ? "consuming" : "stopped");
            if (!consumer.alive()) {
                response.down();
            }
        }
        return response.build();
    }
}
