package cn.gonghui.persons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Without the identity provider the configured token is sent; with neither, the service does not start. */
class ServiceTokenTest {

    private static ServiceToken token(boolean fromProvider, Optional<String> configured) {
        ServiceToken t = new ServiceToken();
        t.fromProvider = fromProvider;
        t.configured = configured;
        return t;
    }

    @Test
    void withoutAProviderTheConfiguredTokenIsSent() {
        ServiceToken t = token(false, Optional.of("minted-by-the-local-stack"));
        t.check(null);
        assertThat(t.bearer()).isEqualTo("minted-by-the-local-stack");
    }

    @Test
    void withNeitherAProviderNorATokenTheServiceDoesNotStart() {
        assertThatThrownBy(() -> token(false, Optional.empty()).check(null)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("quarkus.oidc-client").hasMessageContaining("gonghui.service-token");
        token(true, Optional.empty()).check(null);
    }
}
