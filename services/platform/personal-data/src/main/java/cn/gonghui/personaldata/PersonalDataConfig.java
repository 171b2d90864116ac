package cn.gonghui.personaldata;

import io.smallrye.config.ConfigMapping;

/** Keys for personal data, from a Kubernetes Secret in production (GONGHUI_PII_*). */
@ConfigMapping(prefix = "gonghui.pii")
public interface PersonalDataConfig {

    /** Comma-separated "keyId:base64 256-bit AES key" entries; old keys stay listed so old rows stay readable. */
    String keys();

    /** The key id new values are encrypted with. */
    String activeKey();

    /** Base64 HMAC-SHA256 key for lookup hashes; it cannot rotate without rehashing every row. */
    String hashKey();
}
