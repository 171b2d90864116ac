package cn.gonghui.personaldata;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM for personal data at rest and HMAC-SHA256 for finding it again. A sealed value reads
 * {@code keyId:base64(iv || ciphertext || tag)}, so keys can rotate while old rows stay readable.
 */
@ApplicationScoped
public class PersonalDataCipher {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    /** Marks a sealed value bound to its context: {@code keyId+ctx:base64}. Key ids may not contain '+'. */
    public static final String BOUND = "+ctx";

    private final Map<String, SecretKeySpec> keys = new HashMap<>();
    private final String activeKeyId;
    private final SecretKeySpec hashKey;
    private final SecureRandom random = new SecureRandom();
    private final ThreadLocal<Mac> macs;
    private final Map<String, SecretKeySpec> purposeKeys = new java.util.concurrent.ConcurrentHashMap<>();

    public PersonalDataCipher(PersonalDataConfig config) {
        for (String entry : config.keys().split(",")) {
            String[] parts = entry.trim().split(":", 2);
            if (parts.length != 2) {
                throw new IllegalArgumentException("gonghui.pii.keys entries must read keyId:base64Key");
            }
            if (!parts[0].matches("[A-Za-z0-9_.-]{1,40}")) {
                throw new IllegalArgumentException("personal-data key ids are letters, digits, '_', '.' or '-': " + parts[0]);
            }
            byte[] key = Base64.getDecoder().decode(parts[1]);
            if (key.length != 32) {
                throw new IllegalArgumentException("personal-data key " + parts[0] + " must be 256 bits");
            }
            keys.put(parts[0], new SecretKeySpec(key, "AES"));
        }
        if (!keys.containsKey(config.activeKey())) {
            throw new IllegalArgumentException("gonghui.pii.active-key " + config.activeKey() + " is not among gonghui.pii.keys");
        }
        activeKeyId = config.activeKey();
        byte[] hashKeyBytes = Base64.getDecoder().decode(config.hashKey());
        if (hashKeyBytes.length < 32) {
            // a short key makes the lookup hash of a low-entropy ID number cheap to brute-force
            throw new IllegalArgumentException("gonghui.pii.hash-key must be at least 256 bits");
        }
        hashKey = new SecretKeySpec(hashKeyBytes, "HmacSHA256");
        macs = ThreadLocal.withInitial(() -> {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(hashKey);
                return mac;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /**
     * Seals a value bound to where it belongs ({@code context}, e.g. {@code "member.id_number:" + lookupHash}):
     * moved to another row or column, it no longer opens (AES-GCM associated data, review S16).
     */
    public String seal(String plain, String context) {
        if (plain == null) {
            return null;
        }
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(activeKeyId), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            ByteBuffer out = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed);
            return activeKeyId + BOUND + ":" + Base64.getEncoder().encodeToString(out.array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    /**
     * Opens a value sealed for this {@code context}. Values sealed before binding existed
     * ({@code keyId:...} without the {@value #BOUND} mark) open without it.
     */
    public String open(String sealed, String context) {
        if (sealed == null) {
            return null;
        }
        int colon = sealed.indexOf(':');
        String prefix = colon < 0 ? "" : sealed.substring(0, colon);
        boolean bound = prefix.endsWith(BOUND);
        SecretKeySpec key = keys.get(bound ? prefix.substring(0, prefix.length() - BOUND.length()) : prefix);
        if (key == null) {
            throw new IllegalStateException("no key for a sealed value; was a retired key removed from gonghui.pii.keys?");
        }
        try {
            byte[] data = Base64.getDecoder().decode(sealed.substring(colon + 1));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, data, 0, IV_BYTES));
            if (bound) {
                cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            }
            return new String(cipher.doFinal(data, IV_BYTES, data.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("decryption failed: tampered, or not sealed for " + context, e);
        }
    }

    /** Keyed hash for uniqueness and lookup; pass the normalized value. */
    public String lookupHash(String normalized) {
        byte[] digest = macs.get().doFinal(normalized.getBytes(StandardCharsets.UTF_8));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }

    /**
     * A fresh HMAC-SHA256 keyed for one purpose (its key is HMAC(hash key, purpose)), for fingerprints of
     * data that holds personal data, e.g. an idempotent request's body: without the key, a fingerprint
     * cannot be brute-forced back to the ID number and phone inside it.
     */
    public Mac keyedDigest(String purpose) {
        SecretKeySpec purposeKey = purposeKeys.computeIfAbsent(purpose, p -> new SecretKeySpec(
                macs.get().doFinal(("gonghui keyed digest: " + p).getBytes(StandardCharsets.UTF_8)), "HmacSHA256"));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(purposeKey);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public String activeKeyId() {
        return activeKeyId;
    }
}
