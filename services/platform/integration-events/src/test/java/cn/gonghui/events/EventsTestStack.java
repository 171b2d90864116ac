package cn.gonghui.events;

import cn.gonghui.localstack.LocalStackTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** The module's @QuarkusTest classes run against the JVM's real PostgreSQL (schema eventstest) and Kafka. */
@QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "service", value = "eventstest"))
public class EventsTestStack {
}
