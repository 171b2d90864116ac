package cn.gonghui.mediation;

import cn.gonghui.localstack.LocalStackTestResource;
import cn.gonghui.testkit.PersonRegistryStub;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/**
 * Every test class of this module runs against the JVM's real PostgreSQL (schema mediation) and Kafka,
 * with a real HTTP server standing in for membership's person registry.
 */
@QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "service", value = "mediation"))
@QuarkusTestResource(PersonRegistryStub.class)
public class MediationTestStack {
}
