package cn.gonghui.membership.person;

import static cn.gonghui.membership.Fixtures.enrol;
import static cn.gonghui.membership.Fixtures.tree;
import static cn.gonghui.testkit.Api.as;
import static cn.gonghui.testkit.Api.asAdmin;
import static cn.gonghui.testkit.Api.asOfficer;
import static cn.gonghui.testkit.Api.tokens;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import cn.gonghui.testkit.TestIdentifiers;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Other services recognise one person by an opaque personId that membership hands out (docs/security.md). */
@QuarkusTest
class PersonRegistryTest {

    @Inject
    AgroalDataSource db;

    static RequestSpecification asService(String name) {
        return as(tokens().mint(name, List.of("service"), Map.of()));
    }

    static String idNumberOf(long member) {
        String reader = tokens().mint("reader-" + member, List.of("district-admin", "personal-data-reader"), Map.of());
        return as(reader).body(Map.of("reason", "test")).post("/api/v1/members/" + member + "/unmask")
                .then().statusCode(200).extract().jsonPath().getString("idNumber");
    }

    @Test
    void aMemberIsOnePersonForEveryServiceAndEveryLookup() {
        long member = enrol(tree().enterpriseUnion());
        String idNumber = idNumberOf(member);
        String personId = asService("mediation").body(Map.of("idNumber", idNumber)).post("/api/v1/persons/resolve")
                .then().statusCode(200).header("Cache-Control", containsString("no-store"))
                .body("memberId", equalTo((int) member)).extract().jsonPath().getString("personId");
        assertThat(UUID.fromString(personId)).isNotNull();
        asService("assistance").body(Map.of("idNumber", idNumber.toLowerCase())).post("/api/v1/persons/resolve")
                .then().statusCode(200).body("personId", equalTo(personId));
    }

    @Test
    void aNonMemberIsAPersonTooAndLeavingEndsTheMembershipNotThePerson() {
        String stranger = TestIdentifiers.idNumber();
        String personId = asService("mediation").body(Map.of("idNumber", stranger)).post("/api/v1/persons/resolve")
                .then().statusCode(200).body("memberId", nullValue()).extract().jsonPath().getString("personId");
        asService("mediation").body(Map.of("idNumber", stranger)).post("/api/v1/persons/resolve")
                .then().statusCode(200).body("personId", equalTo(personId));

        long member = enrol(tree().enterpriseUnion());
        String idNumber = idNumberOf(member);
        String before = asService("benefits").body(Map.of("idNumber", idNumber)).post("/api/v1/persons/resolve")
                .then().extract().jsonPath().getString("personId");
        asAdmin().body(Map.of()).post("/api/v1/members/" + member + "/leave").then().statusCode(200);
        asService("benefits").body(Map.of("idNumber", idNumber)).post("/api/v1/persons/resolve")
                .then().statusCode(200).body("personId", equalTo(before)).body("memberId", nullValue());
    }

    @Test
    void onlyServicesMayAskAndEveryLookupIsAudited() throws Exception {
        var t = tree();
        String idNumber = TestIdentifiers.idNumber();
        asAdmin().body(Map.of("idNumber", idNumber)).post("/api/v1/persons/resolve").then().statusCode(403);
        asOfficer(t.street()).body(Map.of("idNumber", idNumber)).post("/api/v1/persons/resolve").then().statusCode(403);
        as(tokens().partner("insurer", "pingan")).body(Map.of("idNumber", idNumber)).post("/api/v1/persons/resolve")
                .then().statusCode(403);
        String personId = asService("audited-service").body(Map.of("idNumber", idNumber)).post("/api/v1/persons/resolve")
                .then().statusCode(200).extract().jsonPath().getString("personId");
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT actor, fields, outcome FROM personal_data_access WHERE subject_type = 'person' AND subject_id = ?")) {
            ps.setString(1, personId);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("audited-service");
                assertThat(rs.getString(2)).isEqualTo("idNumber");
                assertThat(rs.getString(3)).isEqualTo("GRANTED");
                assertThat(rs.next()).as("one row per lookup").isFalse();
            }
        }
    }

    @Test
    void aBadIdNumberIsA400NamingTheField() {
        asService("mediation").body(Map.of("idNumber", "110105194912310021")).post("/api/v1/persons/resolve")
                .then().statusCode(400).body("errors[0].field", equalTo("idNumber"));
    }

    /** The test profile allows 20 lookups per service and minute. */
    @Test
    void aServiceSweepingIdNumbersIsSlowedDownAndOthersAreNot() {
        String sweeper = "sweeper-" + UUID.randomUUID();
        for (int i = 0; i < 20; i++) {
            asService(sweeper).body(Map.of("idNumber", TestIdentifiers.idNumber())).post("/api/v1/persons/resolve")
                    .then().statusCode(200);
        }
        asService(sweeper).body(Map.of("idNumber", TestIdentifiers.idNumber())).post("/api/v1/persons/resolve")
                .then().statusCode(429).body("type", equalTo("https://gonghui.cn/problems/too-many-requests"));
        asService("other-" + UUID.randomUUID()).body(Map.of("idNumber", TestIdentifiers.idNumber()))
                .post("/api/v1/persons/resolve").then().statusCode(200);
    }
}
