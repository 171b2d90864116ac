package cn.gonghui.membership.ratelimit;

import cn.gonghui.problems.ProblemException;
import cn.gonghui.problems.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The per-caller limits of membership's personal-data lookups, each counted per pod
 * (docs/security.md): a sweep of ID numbers is slow and visible, a normal day's work never meets them.
 */
@ApplicationScoped
public class RateLimits {

    private final RateLimiter personLookups;
    private final RateLimiter idNumberSearches;
    private final RateLimiter selfApplications;

    RateLimits(Clock clock,
            // person lookups (POST /persons/resolve) per calling service and minute
            @ConfigProperty(name = "gonghui.persons.lookups-per-minute", defaultValue = "600") int personLookupsPerMinute,
            // exact ID-number searches (POST /members/search) per officer and hour
            @ConfigProperty(name = "gonghui.members.id-searches-per-hour", defaultValue = "60") int searchesPerHour,
            // applications to join from the app (member role) per account and day
            @ConfigProperty(name = "gonghui.members.self-applications-per-day", defaultValue = "5") int applicationsPerDay) {
        this.personLookups = new RateLimiter(clock, personLookupsPerMinute, Duration.ofMinutes(1));
        this.idNumberSearches = new RateLimiter(clock, searchesPerHour, Duration.ofHours(1));
        this.selfApplications = new RateLimiter(clock, applicationsPerDay, Duration.ofDays(1));
    }

    public void personLookup(String service) {
        require(personLookups, service, "too many person lookups from " + service + "; the limit is per minute");
    }

    public void idNumberSearch(String caller) {
        require(idNumberSearches, caller, "too many searches by ID number; the limit is "
                + idNumberSearches.limit() + " an hour");
    }

    public void selfApplication(String caller) {
        require(selfApplications, caller, "too many applications from this account; the limit is "
                + selfApplications.limit() + " a day");
    }

    private static void require(RateLimiter limiter, String key, String detail) {
        if (!limiter.tryAcquire(key)) {
            throw new ProblemException(ProblemType.TOO_MANY_REQUESTS, detail);
        }
    }
}
