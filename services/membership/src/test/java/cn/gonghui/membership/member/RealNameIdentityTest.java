package cn.gonghui.membership.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gonghui.localstack.DevKeys;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real-name claim, without Quarkus: what the identity provider (and the local token command) computes. */
class RealNameIdentityTest {

    @Test
    void theLocalTokenCommandComputesTheClaimMembershipExpects(@TempDir Path folder) {
        DevKeys keys = DevKeys.in(folder);
        RealNameIdentity realName = new RealNameIdentity(Optional.of(keys.realNameKey()));
        assertThat(keys.realNameClaim("11010519491231002x")).isEqualTo(realName.claimFor("11010519491231002X"))
                .isEqualTo(realName.claimFor(" 11010519491231002x "))
                .doesNotContain("110105");
        assertThat(realName.claimFor("110105194912310010")).isNotEqualTo(realName.claimFor("11010519491231002X"));
    }

    @Test
    void aKeyShorterThan256BitsIsRefusedAtStartup() {
        String short128 = Base64.getEncoder().encodeToString(new byte[16]);
        assertThatThrownBy(() -> new RealNameIdentity(Optional.of(short128))).hasMessageContaining("256 bits");
        assertThat(new RealNameIdentity(Optional.empty()).configured()).isFalse();
    }
}
