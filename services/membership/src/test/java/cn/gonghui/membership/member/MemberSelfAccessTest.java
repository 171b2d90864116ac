package cn.gonghui.membership.member;

import static cn.gonghui.membership.Fixtures.tree;
import static cn.gonghui.testkit.Api.as;
import static cn.gonghui.testkit.Api.asAdmin;
import static cn.gonghui.testkit.Api.tokens;
import static cn.gonghui.testkit.TestIdentifiers.idNumber;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Self-access as production runs it: a member token's memberId counts only when the token's real-name
 * claim is that member's ID number (review S21).
 */
@QuarkusTest
@TestProfile(MemberSelfAccessTest.RealNameRequired.class)
class MemberSelfAccessTest {

    public static class RealNameRequired implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gonghui.members.self-access-needs-real-name", "true");
        }
    }

    @Inject
    RealNameIdentity realName;

    String memberToken(long memberId, String verifiedIdNumber) {
        Map<String, Object> claims = new HashMap<>(Map.of("memberId", memberId));
        if (verifiedIdNumber != null) {
            claims.put(RealNameIdentity.CLAIM, realName.claimFor(verifiedIdNumber));
        }
        return tokens().mint("wx-" + memberId + "-" + (verifiedIdNumber == null ? "none" : verifiedIdNumber.substring(14)),
                List.of("member"), claims);
    }

    long enrol(long unionId, String idNumber) {
        return asAdmin().body(Map.of("name", "会员", "idNumber", idNumber, "phone", "13812345678", "unionId", unionId))
                .post("/api/v1/members").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void aMemberWhoseVerifiedIdentityMatchesReadsAndEditsThemselves() {
        var t = tree();
        String id = idNumber();
        long me = enrol(t.enterpriseUnion(), id);
        String token = memberToken(me, id);
        as(token).get("/api/v1/members/me").then().statusCode(200).body("id", equalTo((int) me));
        String etag = as(token).get("/api/v1/members/" + me).then().statusCode(200).extract().header("ETag");
        as(token).header("If-Match", etag).body(Map.of("phone", "13700001111")).patch("/api/v1/members/" + me + "/contact")
                .then().statusCode(200);
    }

    /** Before: whoever could set memberId on their own account read that member and changed their phone. */
    @Test
    void aMemberIdThatIsNotTheCallersVerifiedIdentityIsRefused() {
        var t = tree();
        long victim = enrol(t.enterpriseUnion(), idNumber());
        String attackersOwnId = idNumber();
        String edited = memberToken(victim, attackersOwnId);
        as(edited).get("/api/v1/members/me").then().statusCode(403).contentType("application/problem+json");
        as(edited).get("/api/v1/members/" + victim).then().statusCode(404);
        as(edited).header("If-Match", "\"0\"").body(Map.of("phone", "13700002222")).patch("/api/v1/members/" + victim + "/contact")
                .then().statusCode(404);
        String unverified = memberToken(victim, null);
        as(unverified).get("/api/v1/members/me").then().statusCode(403);
        as(unverified).get("/api/v1/members/" + victim).then().statusCode(404);
    }
}
