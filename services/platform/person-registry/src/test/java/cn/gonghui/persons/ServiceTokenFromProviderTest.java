package cn.gonghui.persons;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.testkit.Eventually;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * With the identity provider configured, the token sent to membership comes from it (client credentials),
 * not from configuration, is kept while it is valid, and is fetched again once it has expired.
 */
@QuarkusTest
@QuarkusTestResource(value = TokenEndpointStub.class, restrictToAnnotatedClass = true)
class ServiceTokenFromProviderTest {

    @Inject
    Persons persons;

    @Test
    void theProvidersTokenIsSentAndRenewedWhenItExpires() throws Exception {
        // read here, not injected: this class is a bean of the other tests' application too, which has no provider
        String registry = ConfigProvider.getConfig().getValue("stub.url", String.class);
        String provider = ConfigProvider.getConfig().getValue("token-endpoint.url", String.class);
        persons.resolve("11010519491231002X-" + UUID.randomUUID());
        assertThat(get(registry + "/auth")).isEqualTo("Bearer provider-token-1");
        // the first token lives a second: a later call gets a new one, without anyone touching a secret
        Eventually.await(Duration.ofSeconds(15), "a renewed token sent to membership", () -> {
            persons.resolve("11010519491231002X-" + UUID.randomUUID());
            return get(registry + "/auth").equals("Bearer provider-token-2");
        });
        // the second lives an hour: it is kept
        persons.resolve("11010519491231002X-" + UUID.randomUUID());
        persons.resolve("11010519491231002X-" + UUID.randomUUID());
        assertThat(get(registry + "/auth")).isEqualTo("Bearer provider-token-2");
        assertThat(get(provider + "/issued")).isEqualTo("2");
    }

    private static String get(String url) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString())
                    .body();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
