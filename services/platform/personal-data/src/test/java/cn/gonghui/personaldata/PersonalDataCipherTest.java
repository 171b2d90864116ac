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
        String sealed = cipher.seal("11010519491231002X", "member.id_number:h1");
        assertThat(sealed).startsWith("k1+ctx:").doesNotContain("11010519491231002X");
        assertThat(cipher.open(sealed, "member.id_number:h1")).isEqualTo("11010519491231002X");
        assertThat(cipher.seal("11010519491231002X", "member.id_number:h1")).as("a fresh IV each time").isNotEqualTo(sealed);
    }

    @Test
    void oldRowsStayReadableAfterRotation() {
        String sealedWithK1 = new PersonalDataCipher(new Config("k1:" + K1, "k1", K2)).seal("13812345678", "member.phone:h1");
        var rotated = new PersonalDataCipher(new Config("k1:" + K1 + ",k2:" + K2, "k2", K2));
        assertThat(rotated.open(sealedWithK1, "member.phone:h1")).isEqualTo("13812345678");
        assertThat(rotated.seal("13812345678", "member.phone:h1")).startsWith("k2+ctx:");
    }

    @Test
    void tamperedCiphertextIsRejected() {
        var cipher = new PersonalDataCipher(new Config("k1:" + K1, "k1", K2));
        String sealed = cipher.seal("13812345678", "member.phone:h1");
        char last = sealed.charAt(sealed.length() - 2);
        String tampered = sealed.substring(0, sealed.length() - 2) + (last == 'A' ? 'B' : 'A') + sealed.charAt(sealed.length() - 1);
        assertThatThrownBy(() -> cipher.open(tampered, "member.phone:h1")).isInstanceOf(IllegalStateException.class);
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
        assertThat(Masks.idNumber("11010519491231002X")).isEqualTo("**************002X");
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

    /** Before: someone with write access could swap two members' sealed ID numbers and an unmask showed the wrong person's. */
    @Test
    void aSealedValueMovedToAnotherRowOrColumnDoesNotOpen() {
        var cipher = new PersonalDataCipher(new Config("k1:" + K1, "k1", K2));
        String aliceId = cipher.seal("11010519491231002X", "member.id_number:alice");
        assertThatThrownBy(() -> cipher.open(aliceId, "member.id_number:bob")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> cipher.open(aliceId, "member.phone:alice")).isInstanceOf(IllegalStateException.class);
        assertThat(cipher.open(aliceId, "member.id_number:alice")).isEqualTo("11010519491231002X");
    }

    @Test
    void valuesSealedBeforeBindingStillOpen() throws Exception {
        var cipher = new PersonalDataCipher(new Config("k1:" + K1, "k1", K2));
        javax.crypto.Cipher aes = javax.crypto.Cipher.getInstance("AES/GCM/NoPadding");
        byte[] iv = new byte[12];
        aes.init(javax.crypto.Cipher.ENCRYPT_MODE, new javax.crypto.spec.SecretKeySpec(new byte[32], "AES"),
                new javax.crypto.spec.GCMParameterSpec(128, iv));
        byte[] body = aes.doFinal("13812345678".getBytes());
        String legacy = "k1:" + Base64.getEncoder().encodeToString(java.nio.ByteBuffer.allocate(12 + body.length).put(iv).put(body).array());
        assertThat(cipher.open(legacy, "member.phone:any")).isEqualTo("13812345678");
    }
}
