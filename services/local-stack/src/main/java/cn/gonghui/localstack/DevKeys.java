package cn.gonghui.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Properties;

/**
 * Keys for a local run or a test run, generated on first use and kept in a folder: the RSA pair that
 * signs and verifies local JWTs, and the AES and HMAC keys for personal data. Never used in production,
 * where keys come from the OIDC provider and Kubernetes Secrets.
 */
public final class DevKeys {

    public static final String PII_KEY_ID = "local1";

    private final Path folder;

    private DevKeys(Path folder) {
        this.folder = folder;
    }

    public static synchronized DevKeys in(Path folder) {
        DevKeys keys = new DevKeys(folder);
        try {
            if (!Files.exists(keys.privateKeyFile())) {
                keys.generate();
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot create dev keys in " + folder, e);
        }
        return keys;
    }

    public Path publicKeyFile() {
        return folder.resolve("jwt-public.pem");
    }

    public Path privateKeyFile() {
        return folder.resolve("jwt-private.pem");
    }

    public PrivateKey privateKey() {
        try {
            String pem = Files.readString(privateKeyFile())
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + privateKeyFile(), e);
        }
    }

    /** "local1:base64" for gonghui.pii.keys. */
    public String piiKeys() {
        return PII_KEY_ID + ":" + piiProperties().getProperty("aes");
    }

    public String piiHashKey() {
        return piiProperties().getProperty("hmac");
    }

    /**
     * The key of membership's real-name claim ({@code gonghui.members.real-name-key}), standing in for the one
     * an identity provider shares with membership; added to pii.properties on first use.
     */
    public synchronized String realNameKey() {
        Properties p = piiProperties();
        String key = p.getProperty("realname");
        if (key == null) {
            byte[] bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            key = Base64.getEncoder().encodeToString(bytes);
            p.setProperty("realname", key);
            try (OutputStream out = Files.newOutputStream(folder.resolve("pii.properties"))) {
                p.store(out, "local personal-data keys; never use in production");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return key;
    }

    /** The {@code realNameIdHash} claim an identity provider would issue after verifying this ID number. */
    public String realNameClaim(String idNumber) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(Base64.getDecoder().decode(realNameKey()), "HmacSHA256"));
            byte[] digest = mac.doFinal(idNumber.strip().toUpperCase(java.util.Locale.ROOT).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private Properties piiProperties() {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(folder.resolve("pii.properties"))) {
            p.load(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return p;
    }

    private void generate() throws Exception {
        Files.createDirectories(folder);
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        Path tmpPrivate = Files.createTempFile(folder, "jwt-private", ".tmp");
        Files.writeString(publicKeyFile(), pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        Files.writeString(tmpPrivate, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        SecureRandom random = new SecureRandom();
        byte[] aes = new byte[32];
        byte[] hmac = new byte[32];
        random.nextBytes(aes);
        random.nextBytes(hmac);
        Properties p = new Properties();
        p.setProperty("aes", Base64.getEncoder().encodeToString(aes));
        p.setProperty("hmac", Base64.getEncoder().encodeToString(hmac));
        try (OutputStream out = Files.newOutputStream(folder.resolve("pii.properties"))) {
            p.store(out, "local personal-data keys; never use in production");
        }
        // the private key file appears last, so its presence means the folder is complete
        Files.move(tmpPrivate, privateKeyFile());
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
