package cn.gonghui.report.downstream;

import cn.gonghui.report.catalogue.Service;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.net.URI;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/**
 * The report's calls to the five services, each guarded on its own: a timeout, one retry on a 5xx or a
 * failed connection (never on a 4xx, which comes back as {@link Reply#refused}, nor on a timeout), a
 * circuit breaker per service (so a service that is down is not called again for a while: its figures
 * come back missing at once) and a fallback that turns any failure into a {@link Reply.Missing}. A call
 * never throws and never waits longer than its timeout.
 *
 * <p>One method per service because MicroProfile Fault Tolerance keeps one circuit per method. The
 * values in the annotations are defaults; {@code <class>/<method>/<Annotation>/<parameter>} in the
 * configuration overrides them (docs/report.md).
 */
@ApplicationScoped
public class Downstream {

    @ConfigProperty(name = "gonghui.report.call-timeout", defaultValue = "PT3S")
    java.time.Duration clientTimeout;

    private final Map<Service, DownstreamApi> clients = new EnumMap<>(Service.class);

    @PostConstruct
    void build() {
        for (Service service : Service.values()) {
            clients.put(service, QuarkusRestClientBuilder.newBuilder()
                    .baseUri(baseUri(service))
                    .connectTimeout(clientTimeout.toMillis(), TimeUnit.MILLISECONDS)
                    .readTimeout(clientTimeout.toMillis(), TimeUnit.MILLISECONDS)
                    .build(DownstreamApi.class));
        }
    }

    /** Where a service is called: {@code quarkus.rest-client.<service>.url}, else its local port. */
    private static URI baseUri(Service service) {
        return URI.create(ConfigProvider.getConfig().getOptionalValue("quarkus.rest-client." + service.id() + ".url", String.class)
                .orElse("http://localhost:" + service.localPort()));
    }

    public Reply stats(Service service, long unionId, LocalDate from, LocalDate to, String authorization) {
        return switch (service) {
            case MEMBERSHIP -> membershipStats(unionId, from, to, authorization);
            case BARGAINING -> bargainingStats(unionId, from, to, authorization);
            case MEDIATION -> mediationStats(unionId, from, to, authorization);
            case ASSISTANCE -> assistanceStats(unionId, from, to, authorization);
            case BENEFITS -> benefitsStats(unionId, from, to, authorization);
        };
    }

    @Timeout(2500)
    @Retry(maxRetries = 1, delay = 100, abortOn = TimeoutException.class)
    @CircuitBreaker(requestVolumeThreshold = 6, failureRatio = 0.5, delay = 30_000)
    @Fallback(MissingFallback.class)
    public Reply membershipStats(long unionId, LocalDate from, LocalDate to, String authorization) {
        return statsOf(Service.MEMBERSHIP, unionId, from, to, authorization);
    }

    @Timeout(2500)
    @Retry(maxRetries = 1, delay = 100, abortOn = TimeoutException.class)
    @CircuitBreaker(requestVolumeThreshold = 6, failureRatio = 0.5, delay = 30_000)
    @Fallback(MissingFallback.class)
    public Reply bargainingStats(long unionId, LocalDate from, LocalDate to, String authorization) {
        return statsOf(Service.BARGAINING, unionId, from, to, authorization);
    }

    @Timeout(2500)
    @Retry(maxRetries = 1, delay = 100, abortOn = TimeoutException.class)
    @CircuitBreaker(requestVolumeThreshold = 6, failureRatio = 0.5, delay = 30_000)
    @Fallback(MissingFallback.class)
    public Reply mediationStats(long unionId, LocalDate from, LocalDate to, String authorization) {
        return statsOf(Service.MEDIATION, unionId, from, to, authorization);
    }

    @Timeout(2500)
    @Retry(maxRetries = 1, delay = 100, abortOn = TimeoutException.class)
    @CircuitBreaker(requestVolumeThreshold = 6, failureRatio = 0.5, delay = 30_000)
    @Fallback(MissingFallback.class)
    public Reply assistanceStats(long unionId, LocalDate from, LocalDate to, String authorization) {
        return statsOf(Service.ASSISTANCE, unionId, from, to, authorization);
    }

    @Timeout(2500)
    @Retry(maxRetries = 1, delay = 100, abortOn = TimeoutException.class)
    @CircuitBreaker(requestVolumeThreshold = 6, failureRatio = 0.5, delay = 30_000)
    @Fallback(MissingFallback.class)
    public Reply benefitsStats(long unionId, LocalDate from, LocalDate to, String authorization) {
        return statsOf(Service.BENEFITS, unionId, from, to, authorization);
    }

    /** Membership's view of a union, as the caller may see it. */
    @Timeout(2500)
    @Retry(maxRetries = 1, delay = 100, abortOn = TimeoutException.class)
    @CircuitBreaker(requestVolumeThreshold = 6, failureRatio = 0.5, delay = 30_000)
    @Fallback(MissingFallback.class)
    public Reply union(long unionId, String authorization) {
        return call(() -> clients.get(Service.MEMBERSHIP).union(unionId, authorization));
    }

    /** One page of a union's direct children in membership. */
    @Timeout(2500)
    @Retry(maxRetries = 1, delay = 100, abortOn = TimeoutException.class)
    @CircuitBreaker(requestVolumeThreshold = 6, failureRatio = 0.5, delay = 30_000)
    @Fallback(MissingFallback.class)
    public Reply children(long unionId, String cursor, String authorization) {
        return call(() -> clients.get(Service.MEMBERSHIP).children(unionId, true, cursor, 200, authorization));
    }

    private Reply statsOf(Service service, long unionId, LocalDate from, LocalDate to, String authorization) {
        return call(() -> clients.get(service).stats(service.id(), unionId, from.toString(), to.toString(), authorization));
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
