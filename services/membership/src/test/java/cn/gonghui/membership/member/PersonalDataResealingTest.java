package cn.gonghui.membership.member;

import static cn.gonghui.membership.Fixtures.tree;
import static cn.gonghui.testkit.Api.as;
import static cn.gonghui.testkit.Api.asAdmin;
import static cn.gonghui.testkit.Api.tokens;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import cn.gonghui.testkit.TestIdentifiers;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Values sealed before binding (or with a retiring key) are sealed again, bound, and still unmask the same. */
@QuarkusTest
class PersonalDataResealingTest {

    @Inject
    AgroalDataSource db;

    @Inject
    PersonalDataResealing resealing;

    @ConfigProperty(name = "gonghui.pii.keys")
    String keys;

    @Test
    void anUnboundValueIsSealedAgainBoundToItsRowWithoutChangingTheMembersVersion() throws Exception {
        String idNumber = TestIdentifiers.idNumber();
        long member = asAdmin().body(Map.of("name", "旧数据", "idNumber", idNumber, "phone", "13900001111",
                        "unionId", tree().enterpriseUnion()))
                .post("/api/v1/members").then().statusCode(201).extract().jsonPath().getLong("id");
        String etag = asAdmin().get("/api/v1/members/" + member).then().extract().header("ETag");
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(
                "UPDATE member SET id_number_sealed = ?, phone_sealed = ? WHERE id = ?")) {
            ps.setString(1, unbound(idNumber));
            ps.setString(2, unbound("13900001111"));
            ps.setLong(3, member);
            ps.executeUpdate();
        }

        int resealed = QuarkusTransaction.requiringNew().call(resealing::resealBatch);

        assertThat(resealed).isGreaterThanOrEqualTo(1);
        assertThat(column(member, "id_number_sealed")).startsWith("local1+ctx:");
        assertThat(column(member, "phone_sealed")).startsWith("local1+ctx:");
        String reader = tokens().mint("resealing-reader", List.of("district-admin", "personal-data-reader"), Map.of());
        as(reader).body(Map.of("reason", "核对")).post("/api/v1/members/" + member + "/unmask").then().statusCode(200)
                .body("idNumber", equalTo(idNumber)).body("phone", equalTo("13900001111"));
        asAdmin().get("/api/v1/members/" + member).then().header("ETag", equalTo(etag));
        assertThat(QuarkusTransaction.requiringNew().call(resealing::resealBatch)).as("nothing left to do").isZero();
    }

    /** As the cipher sealed values before this change: key id, no associated data. */
    private String unbound(String plain) throws Exception {
        String[] entry = keys.split(",")[0].split(":", 2);
        byte[] iv = new byte[12];
        new SecureRandom().nextBytes(iv);
        Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
        aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(Base64.getDecoder().decode(entry[1]), "AES"), new GCMParameterSpec(128, iv));
        byte[] body = aes.doFinal(plain.getBytes(StandardCharsets.UTF_8));
        return entry[0] + ":" + Base64.getEncoder().encodeToString(ByteBuffer.allocate(12 + body.length).put(iv).put(body).array());
    }

    private String column(long member, String column) throws Exception {
        try (Connection c = db.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT " + column + " FROM member WHERE id = ?")) {
            ps.setLong(1, member);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
