package cn.gonghui.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class PersonalDataCipherTest {

    static final String K1 = Base64.getEncoder().encodeToString(new byte[32]);
    static final String K2 = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());

    record Config(String keys, String activeKey, String hashKey) implements PersonalDataConfig {
    }

    @Test
    void sealsWithTheActiveKeyAndOpensAgain() {
        var cipher = new PersonalDataCipher(new Config("k1:" + K1, "k1", K2));
        String sealed = cipher.seal("11010519491231002X");
        assertThat(sealed).startsWith("k1:").doesNotContain("11010519491231002X");
        assertThat(cipher.open(sealed)).isEqualTo("11010519491231002X");
        assertThat(cipher.seal("11010519491231002X")).as("a fresh IV each time").isNotEqualTo(sealed);
    }

    @Test
    void oldRowsStayReadableAfterRotation() {
        String sealedWithK1 = new PersonalDataCipher(new Config("k1:" + K1, "k1", K2)).seal("13812345678");
        var rotated = new PersonalDataCipher(new Config("k1:" + K1 + ",k2:" + K2, "k2", K2));
        assertThat(rotated.open(sealedWithK1)).isEqualTo("13812345678");
        assertThat(rotated.seal("13812345678")).startsWith("k2:");
    }

    @Test
    void tamperedCiphertextIsRejected() {
        var cipher = new PersonalDataCipher(new Config("k1:" + K1, "k1", K2));
        String sealed = cipher.seal("13812345678");
        char last = sealed.charAt(sealed.length() - 2);
        String tampered = sealed.substring(0, sealed.length() - 2) + (last == 'A' ? 'B' : 'A') + sealed.charAt(sealed.length() - 1);
        assertThatThrownBy(() -> cipher.open(tampered)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void lookupHashIsStableAndKeyed() {
        var a = new PersonalDataCipher(new Config("k1:" + K1, "k1", K2));
        var b = new PersonalDataCipher(new Config("k1:" + K1, "k1", K1));
        assertThat(a.lookupHash("11010519491231002X")).isEqualTo(a.lookupHash("11010519491231002X"));
        assertThat(a.lookupHash("11010519491231002X")).isNotEqualTo(b.lookupHash("11010519491231002X"));
    }

    @Test
    void activeKeyMustBeListed() {
        assertThatThrownBy(() -> new PersonalDataCipher(new Config("k1:" + K1, "k9", K2)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void masksIdNumbersAndPhones() {
        assertThat(Masks.idNumber("11010519491231002X")).isEqualTo("110105********002X");
        assertThat(Masks.phone("13812345678")).isEqualTo("138****5678");
    }

    @Test
    void aShortHashKeyIsRefused() {
        String short16 = Base64.getEncoder().encodeToString(new byte[16]);
        assertThatThrownBy(() -> new PersonalDataCipher(new Config("k1:" + K1, "k1", short16)))
                .hasMessageContaining("at least 256 bits");
    }

    @Test
    void aKeyedDigestDependsOnTheKeyAndThePurpose() throws Exception {
        byte[] body = "{\"idNumber\":\"11010519491231002X\"}".getBytes();
        var cipher = new PersonalDataCipher(new Config("k1:" + K1, "k1", K2));
        var otherKey = new PersonalDataCipher(new Config("k1:" + K1, "k1", Base64.getEncoder().encodeToString(new byte[32])));
        byte[] fingerprint = cipher.keyedDigest("idempotency").doFinal(body);
        assertThat(fingerprint).isEqualTo(cipher.keyedDigest("idempotency").doFinal(body))
                .isNotEqualTo(otherKey.keyedDigest("idempotency").doFinal(body))
                .isNotEqualTo(cipher.keyedDigest("another purpose").doFinal(body))
                .isNotEqualTo(java.security.MessageDigest.getInstance("SHA-256").digest(body));
    }
}
