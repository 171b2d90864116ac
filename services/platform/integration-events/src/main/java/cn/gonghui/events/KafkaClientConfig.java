package cn.gonghui.events;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Properties;

/**
 * Every {@code kafka.*} setting of the service (bootstrap servers, and in production TLS or SASL, e.g.
 * KAFKA_SECURITY_PROTOCOL), as the base of the relay's producer and each consumer.
 */
@ApplicationScoped
public class KafkaClientConfig {

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> broker;

    public Properties base() {
        Properties props = new Properties();
        broker.forEach((key, value) -> {
            if (value != null) {
                props.put(key, value.toString());
            }
        });
        return props;
    }
}
