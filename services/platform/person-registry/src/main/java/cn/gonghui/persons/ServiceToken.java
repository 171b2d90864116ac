package cn.gonghui.persons;

import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.Tokens;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This service's own bearer token for membership. In Kubernetes it comes from the identity provider
 * (client-credentials grant, {@code quarkus.oidc-client.*}) and is fetched again once it is about to expire,
 * so nobody has to renew a secret by hand. Without a provider (the local stack, tests) it is the token
 * the stack minted, {@code gonghui.service-token}. A service with neither does not start.
 */
@ApplicationScoped
public class ServiceToken {

    @Inject
    OidcClient provider;

    @ConfigProperty(name = "quarkus.oidc-client.client-enabled", defaultValue = "false")
    boolean fromProvider;

    @ConfigProperty(name = "gonghui.service-token")
    Optional<String> configured;

    private Tokens tokens;

    void check(@Observes StartupEvent startup) {
        if (!fromProvider && configured.isEmpty()) {
            throw new IllegalStateException("no service token for membership's person registry: configure the identity provider's"
                    + " client (quarkus.oidc-client.*) or set gonghui.service-token");
        }
    }

    /** The token to send now; a blocking call to the provider when the one held is (about to be) expired. */
    public synchronized String bearer() {
        if (!fromProvider) {
            return configured.orElseThrow();
        }
        if (tokens == null || tokens.isAccessTokenExpired() || tokens.isAccessTokenWithinRefreshInterval()) {
            tokens = provider.getTokens().await().atMost(Duration.ofSeconds(5));
        }
        return tokens.getAccessToken();
    }
}
