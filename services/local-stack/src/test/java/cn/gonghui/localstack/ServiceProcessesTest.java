package cn.gonghui.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceProcessesTest {

    @TempDir
    Path folder;

    @Test
    void aServiceThatCallsMembershipIsPointedAtMembershipsPortWhateverItIs() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("membership", 18181);
        ports.put("assistance", 18184);

        Map<String, String> env = ServiceProcesses.environment("assistance", ports, 15999, "localhost:9999",
                DevKeys.in(folder.resolve("keys")));

        assertThat(env).containsEntry("QUARKUS_HTTP_PORT", "18184")
                .containsEntry("QUARKUS_REST_CLIENT_PERSON_REGISTRY_URL", "http://localhost:18181")
                .containsEntry("QUARKUS_DATASOURCE_USERNAME", "assistance")
                .containsEntry("KAFKA_BOOTSTRAP_SERVERS", "localhost:9999");
        assertThat(env.get("QUARKUS_DATASOURCE_JDBC_URL")).contains(":15999/").endsWith("currentSchema=assistance");
    }

    @Test
    void theReportIsPointedAtEveryServicesPort() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("membership", 18181);
        ports.put("benefits", 18185);
        ports.put("report", 18186);

        Map<String, String> env = ServiceProcesses.environment("report", ports, 15999, "localhost:9999",
                DevKeys.in(folder.resolve("keys")));

        assertThat(env).containsEntry("QUARKUS_REST_CLIENT_MEMBERSHIP_URL", "http://localhost:18181")
                .containsEntry("QUARKUS_REST_CLIENT_BENEFITS_URL", "http://localhost:18185");
    }

    @Test
    void aRequiredServiceThatIsNotPackagedFailsBeforeAnythingStarts() {
        var plan = new ServiceProcesses.Plan(folder, Map.of("membership", 18181), true, folder.resolve("logs"));

        assertThatThrownBy(() -> ServiceProcesses.start(plan, 15999, "localhost:9999", DevKeys.in(folder.resolve("keys"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("services/membership/target/quarkus-app/quarkus-run.jar")
                .hasMessageContaining("not packaged");
    }

    @Test
    void runAllSkipsWhatIsNotPackaged() throws Exception {
        var plan = new ServiceProcesses.Plan(folder, Map.of("membership", 18181), false, folder.resolve("logs"));

        try (ServiceProcesses none = ServiceProcesses.start(plan, 15999, "localhost:9999", DevKeys.in(folder.resolve("keys")))) {
            assertThat(none.ports()).isEmpty();
        }
    }

    @Test
    void aServiceThatEndsWhileStartingFailsTheWaitAtOnceWithTheEndOfItsLog() throws Exception {
        java.nio.file.Path jar = ServiceProcesses.jar(folder, "membership");
        java.nio.file.Files.createDirectories(jar.getParent());
        java.nio.file.Files.writeString(jar, "not a jar");
        var plan = new ServiceProcesses.Plan(folder, Map.of("membership", 18181), true, folder.resolve("logs"));

        try (LocalPostgres postgres = LocalPostgres.start(0, null);
                ServiceProcesses services = ServiceProcesses.start(plan, postgres.port(), "localhost:9999", DevKeys.in(folder.resolve("keys")))) {
            long started = System.nanoTime();
            assertThatThrownBy(() -> services.awaitReady(java.time.Duration.ofSeconds(60)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("membership ended with exit status 1")
                    .hasMessageContaining("Invalid or corrupt jarfile");
            assertThat(System.nanoTime() - started).as("no wait for the timeout").isLessThan(30_000_000_000L);
        }
    }
}
