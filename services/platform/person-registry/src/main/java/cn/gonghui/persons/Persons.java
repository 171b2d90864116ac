package cn.gonghui.persons;

import cn.gonghui.problems.ProblemException;
import cn.gonghui.problems.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import java.util.Map;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * 人员识别 for services other than membership: the person an ID number belongs to, as membership's
 * opaque personId, so a service keeps personIds instead of ID-number hashes it would have to share a key
 * for (docs/security.md, "One person across services"). Calls membership with this service's own token
 * ({@link ServiceToken}, role {@code service}). When membership does not answer in time, the
 * caller gets a 503 problem at once instead of a hang; bad input is a 400 naming {@code idNumber}.
 */
@ApplicationScoped
public class Persons {

    @Inject
    @RestClient
    PersonRegistryApi api;

    @Inject
    ServiceToken serviceToken;

    @Timeout(2000)
    @Retry(maxRetries = 2, delay = 100, abortOn = ProblemException.class)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 5000, skipOn = ProblemException.class)
    @Fallback(fallbackMethod = "unavailable", skipOn = ProblemException.class)
    public PersonRef resolve(String idNumber) {
        try {
            return api.resolve("Bearer " + serviceToken.bearer(), Map.of("idNumber", idNumber));
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 400) {
                throw ProblemException.invalid("idNumber", "is not a valid resident ID number");
            }
            if (status == 429) {
                throw new ProblemException(ProblemType.UNAVAILABLE, "too many person lookups from this service; retry in a minute");
            }
            if (status < 500) {
                // a rejected service token or a wrong URL: retrying will not help, and it is no outage
                throw new ProblemException(ProblemType.UNAVAILABLE,
                        "membership's person registry refused this service (" + status + "); check the service token");
            }
            throw new IllegalStateException("membership's person registry answered " + status);
        }
    }

    PersonRef unavailable(String idNumber) {
        throw new ProblemException(ProblemType.UNAVAILABLE, "membership's person registry cannot be reached; retry shortly");
    }
}
