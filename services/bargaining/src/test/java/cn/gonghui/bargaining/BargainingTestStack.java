package cn.gonghui.bargaining;

import cn.gonghui.localstack.LocalStackTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** Every test class of this module runs against the JVM's real PostgreSQL (schema bargaining) and Kafka. */
@QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "service", value = "bargaining"))
public class BargainingTestStack {
}
