package cn.gonghui.persons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.gonghui.problems.ProblemException;
import cn.gonghui.problems.ProblemType;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Persons against a real HTTP stub of membership's registry: answers, bad input, retries, timeouts, the breaker. */
@QuarkusTest
@QuarkusTestResource(RegistryStub.class)
class PersonsTest {

    @Inject
    Persons persons;

    @Inject
    CircuitBreakerMaintenance breakers;

    @Inject
    Tracer tracer;

    @ConfigProperty(name = "stub.url")
    String stub;

    @BeforeEach
    void closeTheBreaker() {
        breakers.resetAll();
    }

    @Test
    void answersThePersonAndSendsThisServicesToken() throws Exception {
        String id = "11010519491231002X-" + UUID.randomUUID();
        PersonRef person = persons.resolve(id);
        assertThat(person.personId()).isEqualTo(UUID.nameUUIDFromBytes(id.getBytes(StandardCharsets.UTF_8)));
        assertThat(person.memberId()).isEqualTo(42L);
        assertThat(get("/auth")).isEqualTo("Bearer " + RegistryStub.TOKEN);
    }

    /** The call continues the caller's trace: the registry's side of it can be found by the same trace id. */
    @Test
    void theCallCarriesTheCallersTrace() throws Exception {
        Span caller = tracer.spanBuilder("a request").startSpan();
        try (Scope scope = caller.makeCurrent()) {
            persons.resolve("11010519491231002X-" + UUID.randomUUID());
        } finally {
            caller.end();
        }
        assertThat(get("/traceparent")).matches("00-" + caller.getSpanContext().getTraceId() + "-[0-9a-f]{16}-01");
    }

    @Test
    void aBadIdNumberIsA400NamingItAndIsNotRetried() throws Exception {
        String id = "bad-" + UUID.randomUUID();
        ProblemException e = catchThrowableOfType(ProblemException.class, () -> persons.resolve(id));
        assertThat(e.type()).isEqualTo(ProblemType.VALIDATION);
        assertThat(e.errors()).extracting(p -> p.field()).containsExactly("idNumber");
        assertThat(calls(id)).isEqualTo(1);
    }

    /** Before: a rejected token was retried, opened the breaker and looked like an outage. */
    @Test
    void aRejectedServiceTokenIsNotRetriedAndSaysSo() throws Exception {
        String id = "forbidden-" + UUID.randomUUID();
        ProblemException e = catchThrowableOfType(ProblemException.class, () -> persons.resolve(id));
        assertThat(e.type()).isEqualTo(ProblemType.UNAVAILABLE);
        assertThat(e.getMessage()).contains("refused this service (403)");
        assertThat(calls(id)).isEqualTo(1);
    }

    @Test
    void aPassingFailureIsRetried() throws Exception {
        String id = "flaky-" + UUID.randomUUID();
        assertThat(persons.resolve(id).memberId()).isEqualTo(42L);
        assertThat(calls(id)).isEqualTo(3);
    }

    /** Never a hang: three attempts of at most 0.5 s each (the test profile's timeout), then a 503 problem. */
    @Test
    void aRegistryThatDoesNotAnswerInTimeGivesA503() {
        String id = "slow-" + UUID.randomUUID();
        long started = System.nanoTime();
        ProblemException e = catchThrowableOfType(ProblemException.class, () -> persons.resolve(id));
        assertThat(e.type()).isEqualTo(ProblemType.UNAVAILABLE);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void whenTheRegistryIsDownTheBreakerOpensAndCallsStopReachingIt() throws Exception {
        for (int i = 0; i < 3; i++) {
            String id = "down-" + UUID.randomUUID();
            assertThat(catchThrowableOfType(ProblemException.class, () -> persons.resolve(id)).type())
                    .isEqualTo(ProblemType.UNAVAILABLE);
        }
        String id = "down-" + UUID.randomUUID();
        assertThat(catchThrowableOfType(ProblemException.class, () -> persons.resolve(id)).type())
                .isEqualTo(ProblemType.UNAVAILABLE);
        assertThat(calls(id)).as("the open breaker answered without calling").isZero();
    }

    private int calls(String id) throws Exception {
        return Integer.parseInt(get("/calls?id=" + id));
    }

    private String get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(stub + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
