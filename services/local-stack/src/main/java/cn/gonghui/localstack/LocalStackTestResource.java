package cn.gonghui.localstack;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Path;
import java.util.Map;

/**
 * Points a service's {@code @QuarkusTest} suite at the JVM's real PostgreSQL and Kafka. Use it with
 * {@code initArgs = @ResourceArg(name = "service", value = "membership")}. The stack stops with the JVM.
 */
public class LocalStackTestResource implements QuarkusTestResourceLifecycleManager {

    private String service;

    @Override
    public void init(Map<String, String> initArgs) {
        service = initArgs.get("service");
        if (service == null) {
            throw new IllegalArgumentException("LocalStackTestResource needs the init arg 'service'");
        }
    }

    @Override
    public Map<String, String> start() {
        return LocalStack.shared(Path.of("target", "local-stack-keys")).serviceConfig(service);
    }

    @Override
    public void stop() {
        // the stack is shared by every test class of this JVM and stops with it
    }
}
