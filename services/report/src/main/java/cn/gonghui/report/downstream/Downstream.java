package cn.gonghui.report.downstream;

import cn.gonghui.report.catalogue.Service;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.smallrye.faulttolerance.api.TypedGuard;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/**
 * The report's calls to the five services, each guarded on its own: a timeout, one retry on a 5xx or a
 * failed connection (never on a 4xx, which comes back as {@link Reply#refused}, nor on a timeout), a
 * circuit breaker per service (so a service that is down is not called again for a while: its figures
 * come back missing at once) and a fallback that turns any failure into a {@link Reply.Missing}. A call
 * never throws and never waits longer than its timeout.
 *
 * <p>One guard (SmallRye Fault Tolerance's programmatic {@link TypedGuard}) per service's stats, and one
 * each for membership's union and children calls, so that membership's tree being down does not open the
 * circuit of its figures. All are built alike; only the timeout is configuration (docs/report.md).
 */
@ApplicationScoped
public class Downstream {

    @ConfigProperty(name = "gonghui.report.call-timeout", defaultValue = "PT16S")
    Duration clientTimeout;

    @ConfigProperty(name = "gonghui.report.timeout", defaultValue = "PT15S")
    Duration timeout;

    private final Map<Service, DownstreamApi> clients = new EnumMap<>(Service.class);
    private final Map<Service, TypedGuard<Reply>> statsGuards = new EnumMap<>(Service.class);
    private TypedGuard<Reply> unionGuard;
    private TypedGuard<Reply> childrenGuard;

    @PostConstruct
    void build() {
        for (Service service : Service.values()) {
            clients.put(service, QuarkusRestClientBuilder.newBuilder()
                    .baseUri(baseUri(service))
                    .connectTimeout(clientTimeout.toMillis(), TimeUnit.MILLISECONDS)
                    .readTimeout(clientTimeout.toMillis(), TimeUnit.MILLISECONDS)
                    .build(DownstreamApi.class));
            statsGuards.put(service, guard(service.id()));
        }
        unionGuard = guard("unions");
        childrenGuard = guard("children");
    }

    /** Where a service is called: {@code quarkus.rest-client.<service>.url}, else its local port. */
    private static URI baseUri(Service service) {
        return URI.create(ConfigProvider.getConfig().getOptionalValue("quarkus.rest-client." + service.id() + ".url", String.class)
                .orElse("http://localhost:" + service.localPort()));
    }

    /** The guard of one kind of call; {@code gonghui.report.timeout.<call>} overrides the timeout for it alone. */
    private TypedGuard<Reply> guard(String call) {
        Duration callTimeout = ConfigProvider.getConfig().getOptionalValue("gonghui.report.timeout." + call, Duration.class).orElse(timeout);
        return TypedGuard.create(Reply.class)
                .withDescription("report call to " + call)
                .withTimeout().duration(callTimeout.toMillis(), ChronoUnit.MILLIS).done()
                .withRetry().maxRetries(1).delay(100, ChronoUnit.MILLIS).abortOn(TimeoutException.class).done()
                .withCircuitBreaker().requestVolumeThreshold(6).failureRatio(0.5).delay(30, ChronoUnit.SECONDS).done()
                .withFallback().handler(failure -> MissingFallback.missing(call, failure)).done()
                .build();
    }

    public Reply stats(Service service, long unionId, LocalDate from, LocalDate to, String authorization) {
        return statsGuards.get(service).get(
                () -> call(() -> clients.get(service).stats(service.id(), unionId, from.toString(), to.toString(), authorization)));
    }

    /** Membership's view of a union, as the caller may see it. */
    public Reply union(long unionId, String authorization) {
        return unionGuard.get(() -> call(() -> clients.get(Service.MEMBERSHIP).union(unionId, authorization)));
    }

    /** One page of a union's direct children in membership. */
    public Reply children(long unionId, String cursor, String authorization) {
        return childrenGuard.get(() -> call(() -> clients.get(Service.MEMBERSHIP).children(unionId, true, cursor, 200, authorization)));
    }

    private static Reply call(Supplier<JsonNode> call) {
        try {
            return new Reply.Answer(call.get());
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status >= 400 && status < 500) {
                // the caller's scope or a bad request: the same again would be refused again, and it is no outage
                return Reply.refused(status);
            }
            throw new DownstreamFailure("answered " + status);
        }
    }
}
